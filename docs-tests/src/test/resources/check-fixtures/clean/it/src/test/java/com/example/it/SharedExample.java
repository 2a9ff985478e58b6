package com.example.it;

class SharedExample {

    // snippet:shared
    static final String SHARED = "compiled by it/line1";
    // end:shared
}
