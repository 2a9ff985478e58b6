package com.example.lib;

/** A class whose regions the clean miniature's README shows. */
public final class Greeter {

    // snippet:greet
    public String greet(String name) {
        return "Hello, " + name;   
    }
    // end:greet

    public String greetAll(String... names) {
        StringBuilder all = new StringBuilder();
        // snippet:outer
        for (String name : names) {
            // snippet:inner
            all.append(greet(name));
            // end:inner
        }
        // end:outer
        return all.toString();
    }
}
