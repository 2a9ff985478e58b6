package io.github.realtimesessions.model;

import java.util.Map;

/**
 * A function the model may call (an item of JSON {@code tools}).
 *
 * @param type the tool type; {@code null} is sent as absent, which the API reads as {@code function}
 * @param name the function's name: 1 to 64 letters, digits, underscores or dashes (checked when a request is built)
 * @param description what the function does and when to call it, or {@code null}
 * @param parameters the function's parameters as a JSON Schema object of JDK types (deep, unmodifiable copy), or
 *     {@code null}
 */
public record Tool(ToolType type, String name, String description, Map<String, Object> parameters) {

    /**
     * Creates a tool, copying {@code parameters} deeply.
     *
     * @throws IllegalArgumentException if {@code parameters} holds something that is not a JSON value
     */
    public Tool {
        parameters = Checks.jsonObjectOrNull(parameters, "tools[].parameters");
    }

    /**
     * Returns a function tool.
     *
     * @param name the function's name
     * @param description what the function does, or {@code null}
     * @param parameters its parameters as a JSON Schema object of JDK types, or {@code null}
     * @return the tool
     */
    public static Tool function(String name, String description, Map<String, ?> parameters) {
        return new Tool(ToolType.FUNCTION, name, description, Checks.jsonObjectOrNull(parameters, "tools[].parameters"));
    }
}
