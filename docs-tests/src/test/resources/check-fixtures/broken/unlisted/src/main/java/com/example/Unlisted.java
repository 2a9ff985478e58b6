package com.example;

/** A source of a directory the root pom does not list as a module: the build never compiles it. */
public final class Unlisted {

    // snippet:hidden
    public static final String HIDDEN = "not compiled";
    // end:hidden
}
