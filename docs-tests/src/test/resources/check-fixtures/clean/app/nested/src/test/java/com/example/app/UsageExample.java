package com.example.app;

import com.example.lib.Greeter;

class UsageExample {

    void usage() {
        // snippet:usage

        Greeter greeter = new Greeter();
        String greeting = greeter.greet("Ada");

        // end:usage
    }

    void tabs() {
		// snippet:tabbed
		String tabbed = "indented with tabs";
		// end:tabbed
    }
}
