package com.example.lib;

/** The regions the broken miniature's markdown files get wrong. */
public final class Greeter {

    // snippet:greet
    public String greet(String name) {
        String greeting = "Hello, " + name;
        return greeting;
    }
    // end:greet

    // snippet:twice
    public String first() {
        return "first";
    }
    // end:twice

    // snippet:twice
    public String second() {
        return "second";
    }
    // end:twice

    // snippet:unterminated
    public String unterminated() {
        return "no end marker below";
    }
}
