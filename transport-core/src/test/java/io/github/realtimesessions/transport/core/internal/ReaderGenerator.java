package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireField;
import io.github.realtimesessions.model.internal.WireKind;
import io.github.realtimesessions.model.internal.WireType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes {@code GeneratedReaders.java} from the field descriptions in {@link Schemas}: for every type a response can
 * hold, a reader that does what {@link WireCodec}'s interpreting reader does by walking the description, with the
 * member names compared by identity and the builder's setters called directly. Build tooling, run by
 * {@code GeneratedReadersTest}; reflection is used here, at generation time only, to find each field's builder method
 * (named after the field: {@code silence_duration_ms} is {@code silenceDurationMs(...)}, a field JSON {@code null}
 * switches off is {@code ...Setting(Setting)}). A field whose builder has no such method, and a type whose builder is
 * not a class with {@code build()} and a static {@code builder()}, is read through its description as before.
 */
final class ReaderGenerator {

    /** The answers whose types get generated readers: what the production endpoints return. */
    static final List<WireType<?, ?>> ROOTS = List.of(
            Schemas.CLIENT_SECRET_RESPONSE, Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE);

    static final String PACKAGE = "io.github.realtimesessions.transport.core.internal";

    /** The source file, relative to the module's directory. */
    static final String SOURCE = "src/main/java/" + PACKAGE.replace('.', '/') + "/GeneratedReaders.java";

    private final Map<Object, String> named = new IdentityHashMap<>();
    private final Map<Object, Class<?>> declaredTypes = new IdentityHashMap<>();
    private final Map<WireType<?, ?>, TypeInfo> types = new LinkedHashMap<>();
    private final Map<WireKind<?>, String> kindMethods = new IdentityHashMap<>();
    private final List<String> enumMethods = new ArrayList<>();
    private final Map<WireKind<?>, String> kindConstants = new IdentityHashMap<>();
    private final Map<String, String> constantDeclarations = new LinkedHashMap<>();
    private final List<String> methods = new ArrayList<>();
    private final Imports imports = new Imports();
    private int directSetters;
    private int describedSetters;

    private record TypeInfo(String constant, String method, Class<?> valueClass, Class<?> builderClass) {}

    /**
     * Returns the source of {@code GeneratedReaders}.
     *
     * @return the Java source
     */
    static String generate() {
        return new ReaderGenerator().source();
    }

    /**
     * Returns the types the generated readers cover, in the order they are written.
     *
     * @return the descriptions
     */
    static List<WireType<?, ?>> coveredTypes() {
        ReaderGenerator generator = new ReaderGenerator();
        generator.source();
        return List.copyOf(generator.types.keySet());
    }

    private ReaderGenerator() {
        nameConstants(Schemas.class, "Schemas");
        nameConstants(WireKind.class, "WireKind");
    }

    private void nameConstants(Class<?> holder, String prefix) {
        for (Field field : holder.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && (WireType.class.isAssignableFrom(field.getType()) || WireKind.class.isAssignableFrom(field.getType()))) {
                try {
                    Object value = field.get(null);
                    if (named.putIfAbsent(value, prefix + "." + field.getName()) == null) {
                        declaredTypes.put(value, field.getType());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private String source() {
        for (WireType<?, ?> root : ROOTS) {
            discover(root);
        }
        for (Map.Entry<WireType<?, ?>, TypeInfo> entry : List.copyOf(types.entrySet())) {
            writeType(entry.getKey(), entry.getValue());
        }
        List<String> names = methods.stream().map(method -> method.substring(0, method.indexOf('('))).toList();
        if (names.size() != new java.util.HashSet<>(names).size()) {
            throw new IllegalStateException("two generated methods have one name: " + names);
        }
        StringBuilder body = new StringBuilder();
        body.append("    private static final Map<WireType<?, ?>, StructReader<?, ?>> READERS = readers();\n\n");
        for (Map.Entry<String, String> constant : constantDeclarations.entrySet()) {
            body.append(constant.getValue()).append('\n');
        }
        body.append("\n    private GeneratedReaders() {}\n\n");
        body.append("""
                    /**
                     * Returns the generated reader of a type.
                     *
                     * @param type the type's description
                     * @param <T> the type
                     * @param <B> its builder
                     * @return the reader, or {@code null} when the type is read through its description
                     */
                    @SuppressWarnings("unchecked")
                    static <T, B> StructReader<T, B> forType(WireType<T, B> type) {
                        return (StructReader<T, B>) READERS.get(type);
                    }

                """);
        body.append("    private static Map<WireType<?, ?>, StructReader<?, ?>> readers() {\n");
        body.append("        Map<WireType<?, ?>, StructReader<?, ?>> readers = new IdentityHashMap<>();\n");
        for (TypeInfo info : types.values()) {
            body.append("        readers.put(").append(info.constant()).append(", (StructReader<")
                    .append(imports.name(info.valueClass())).append(", ").append(imports.name(info.builderClass()))
                    .append(">) GeneratedReaders::").append(info.method()).append(");\n");
        }
        body.append("        return readers;\n    }\n");
        for (String method : methods) {
            body.append('\n').append(method);
        }
        body.append("""

                    @SuppressWarnings("unchecked")
                    private static <K extends WireKind<?>> K kind(WireType<?, ?> type, String field) {
                        return (K) type.field(field).kind();
                    }

                    @SuppressWarnings("unchecked")
                    private static <T, B> WireField<T, B, Object> field(WireType<T, B> type, String field) {
                        return (WireField<T, B, Object>) type.field(field);
                    }
                }
                """);
        for (String always : List.of("java.io.IOException", "java.util.IdentityHashMap", "java.util.Map",
                "java.util.function.Consumer", "com.fasterxml.jackson.core.JsonToken",
                "io.github.realtimesessions.model.internal.WireKind", "io.github.realtimesessions.model.internal.WireType",
                "io.github.realtimesessions.model.internal.WireField", "io.github.realtimesessions.model.internal.Schemas")) {
            imports.add(always);
        }
        String roots = ROOTS.stream().map(named::get).map(name -> "{@code " + name + "}").collect(Collectors.joining(", "));
        return "package " + PACKAGE + ";\n\n" + imports.declarations() + "\n"
                + "/**\n"
                + " * Generated by {@code ReaderGenerator} (transport-core's tests) from the field descriptions in {@link Schemas};\n"
                + " * do not edit: {@code ./mvnw -pl transport-core test -Dtest=GeneratedReadersTest -Dreaders.regenerate=true}\n"
                + " * writes it anew, and the build fails while it differs from what the generator writes.\n"
                + " *\n"
                + " * <p>One reader per type the answers " + roots + " can hold: what\n"
                + " * {@link WireCodec}'s interpreting reader does by walking the type's description, written out, so that an answer read\n"
                + " * right after an HTTP exchange (every cache cold) does not pay for the walk: member names compared by identity\n"
                + " * (the parser interns them, as the JVM does these literals; any other name goes through the description),\n"
                + " * builder methods called directly. Every rule stays in {@link WireCodec.Reader}, which these call. Lenient reading\n"
                + " * (responses) only. " + types.size() + " types, " + directSetters + " fields set directly, " + describedSetters
                + " through their description.\n"
                + " */\n"
                + "@SuppressWarnings({\"StringEquality\", \"unchecked\"})\n"
                + "final class GeneratedReaders {\n\n" + body;
    }

    // ------------------------------------------------------------------------------------------------ discovery

    private void discover(WireType<?, ?> type) {
        if (types.containsKey(type)) {
            return;
        }
        TypeInfo info = info(type);
        if (info != null) {
            types.put(type, info);
        }
        for (WireField<?, ?, ?> field : type.fields()) {
            discover(field.kind());
        }
    }

    private void discover(WireKind<?> kind) {
        if (kind instanceof WireKind.Struct<?> struct) {
            discover(struct.type());
        } else if (kind instanceof WireKind.ListOf<?> list) {
            discover(list.element());
        } else if (kind instanceof WireKind.MapOf<?> map) {
            discover(map.value());
        } else if (kind instanceof WireKind.Nullable<?> nullable) {
            discover(nullable.value());
        } else if (kind instanceof WireKind.OneOf<?> oneOf) {
            oneOf.alternatives().forEach(alternative -> discover(alternative.kind()));
        } else if (kind instanceof WireKind.Mapped<?, ?> mapped) {
            discover(mapped.wire());
        } else if (kind instanceof WireKind.Discriminated<?> union) {
            union.variants().forEach(variant -> discover(variant.type()));
        }
    }

    /** What a generated reader of the type needs, or {@code null} when its builder is not a class of its own. */
    private TypeInfo info(WireType<?, ?> type) {
        String constant = named.get(type);
        Class<?> builderClass = type.newBuilder().getClass();
        if (constant == null || builderClass.isArray()) {
            return null;
        }
        try {
            Method build = builderClass.getMethod("build");
            Class<?> valueClass = build.getReturnType();
            Method factory = valueClass.getMethod("builder");
            if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != builderClass) {
                return null;
            }
            return new TypeInfo(constant, "read" + type.javaName().replace(".", ""), valueClass, builderClass);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ types

    private void writeType(WireType<?, ?> type, TypeInfo info) {
        String value = imports.name(info.valueClass());
        String builder = imports.name(info.builderClass());
        StringBuilder m = new StringBuilder();
        m.append("    /** {@code ").append(info.constant()).append("}. */\n");
        m.append("    static ").append(value).append(' ').append(info.method())
                .append("(WireCodec.Reader in, String first, Consumer<? super ").append(builder)
                .append("> finish)\n            throws IOException {\n");
        m.append("        WireType<").append(value).append(", ").append(builder).append("> type = ")
                .append(info.constant()).append(";\n");
        m.append("        ").append(builder).append(" builder = ").append(value).append(".builder();\n");
        boolean essentials = !type.essentials().isEmpty();
        if (essentials) {
            m.append("        long essentials = 0;\n");
        }
        m.append("        for (String name = first != null ? first : in.nextField(); name != null; name = in.nextField()) {\n");
        String keyword = "if";
        for (WireField<?, ?, ?> field : type.fields()) {
            m.append("            ").append(keyword).append(" (name == \"").append(field.name()).append("\") {\n");
            keyword = "} else if";
            if (field.constant() != null) {
                m.append("                in.constant(\"").append(field.constant()).append("\");\n");
                continue;
            }
            writeField(m, type, info, field);
        }
        m.append("            } else {\n");
        m.append("                ").append(essentials ? "essentials |= " : "").append("in.member(type, builder, name);\n");
        m.append("            }\n        }\n");
        if (essentials) {
            m.append("        in.checkEssentials(type, essentials);\n");
        }
        m.append("        if (finish != null) {\n            finish.accept(builder);\n        }\n");
        m.append("        try {\n            return builder.build();\n");
        imports.add("io.github.realtimesessions.model.InvalidRequestException");
        m.append("        } catch (InvalidRequestException e) {\n            throw in.unusable(e);\n        }\n    }\n");
        methods.add(m.toString());
    }

    private void writeField(StringBuilder m, WireType<?, ?> type, TypeInfo info, WireField<?, ?, ?> field) {
        boolean nullable = field.kind() instanceof WireKind.Nullable<?>;
        String indent = "                ";
        if (!nullable) {
            // JSON null is "not given" for a field that null does not switch off: nothing is read or set.
            m.append(indent).append("if (in.token() != JsonToken.VALUE_NULL) {\n");
            indent += "    ";
        }
        String hint = type.javaName().replace(".", "") + camel(field.name(), true);
        m.append(indent).append("Object value = ").append(expression(field.kind(), hint,
                info.constant() + ", \"" + field.name() + "\"", null)).append(";\n");
        m.append(indent).append("if (value == WireCodec.MISMATCH) {\n");
        m.append(indent).append("    in.mismatchedField(type, builder, \"").append(field.name()).append("\");\n");
        m.append(indent).append("} else {\n");
        m.append(indent).append("    try {\n");
        Method setter = setter(info.builderClass(), field);
        if (setter != null) {
            directSetters++;
            m.append(indent).append("        builder.").append(setter.getName()).append("((")
                    .append(typeName(setter.getGenericParameterTypes()[0])).append(") value);\n");
        } else {
            describedSetters++;
            String constant = constant("FIELD_" + snake(hint), "WireField<" + imports.name(info.valueClass()) + ", "
                    + imports.name(info.builderClass()) + ", Object>", "field(" + info.constant() + ", \"" + field.name() + "\")");
            m.append(indent).append("        ").append(constant).append(".set(builder, value);\n");
        }
        if (field.isEssential()) {
            int bit = type.essentials().indexOf(field);
            m.append(indent).append("        if (value != null) {\n");
            m.append(indent).append("            essentials |= 1L << ").append(bit).append(";\n");
            m.append(indent).append("        }\n");
        }
        m.append(indent).append("    } catch (RuntimeException e) {\n");
        m.append(indent).append("        in.refused(e);\n");
        m.append(indent).append("    }\n");
        m.append(indent).append("}\n");
        if (!nullable) {
            m.append("                }\n");
        }
    }

    // ------------------------------------------------------------------------------------------------ kinds

    /**
     * Returns a Java expression that reads a value of a kind from the current token: the value, or
     * {@code WireCodec.MISMATCH}.
     *
     * @param kind the kind
     * @param hint a name for what is read, for generated methods and constants
     * @param fieldArguments {@code Schemas.X, "name"} of the field the kind is found under (or {@code null})
     * @param path an expression of the kind itself when it is nested (or {@code null} for a field's kind)
     */
    private String expression(WireKind<?> kind, String hint, String fieldArguments, String path) {
        String self = named.containsKey(kind) ? named.get(kind)
                : path != null ? path : "kind(" + fieldArguments + ")";
        if (kind instanceof WireKind.Scalar<?> scalar) {
            String reader = switch (scalar.type()) {
                case TEXT -> "stringValue";
                case BOOLEAN -> "booleanValue";
                case INT32 -> "int32Value";
                case INT64 -> "int64Value";
                case DECIMAL -> "decimalValue";
            };
            return "in." + reader + "(in.token())";
        }
        if (kind instanceof WireKind.Epoch) {
            return "in.readEpoch(" + kindConstant(kind, hint, "WireKind.Epoch", self) + ", in.token())";
        }
        if (kind instanceof WireKind.Enumerated<?> enumerated) {
            Class<?> enumClass = enumClass(enumerated);
            if (enumClass != null) {
                return enumMethod(enumClass) + "(in)";
            }
            return "in.enumerated(" + kindConstant(kind, hint, "WireKind.Enumerated<?>", self) + ")";
        }
        if (kind instanceof WireKind.Struct<?> struct && types.containsKey(struct.type())) {
            return "(in.token() == JsonToken.START_OBJECT ? " + types.get(struct.type()).method()
                    + "(in, null, null) : in.mismatch(\"an object\"))";
        }
        if (kind instanceof WireKind.ListOf<?> || kind instanceof WireKind.Nullable<?> || kind instanceof WireKind.OneOf<?>
                || kind instanceof WireKind.Mapped<?, ?> || kind instanceof WireKind.Discriminated<?>) {
            return kindMethod(kind, hint, self) + "(in)";
        }
        // Free-form JSON, maps, and structs read through their description: rare in answers, left to the walk.
        return "in.readValue(" + kindConstant(kind, hint, "WireKind<?>", self) + ")";
    }

    /**
     * The open enum class whose static {@code of(String)} the kind's factory is, found by probing the factory (its
     * values are of one class, equal to what that class's {@code of} makes of the same text), or {@code null}.
     */
    private static Class<?> enumClass(WireKind.Enumerated<?> kind) {
        List<String> probes = List.of("generator-probe", "generator-probe-2");
        Class<?> enumClass = kind.of().apply(probes.get(0)).getClass();
        try {
            Method of = enumClass.getMethod("of", String.class);
            if (!Modifier.isStatic(of.getModifiers()) || of.getReturnType() != enumClass) {
                return null;
            }
            for (String probe : probes) {
                if (!of.invoke(null, probe).equals(kind.of().apply(probe))) {
                    return null;
                }
            }
            return enumClass;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private String enumMethod(Class<?> enumClass) {
        String method = "read" + imports.name(enumClass).replace(".", "") + "Enum";
        if (!enumMethods.contains(method)) {
            enumMethods.add(method);
            methods.add("    private static Object " + method + "(WireCodec.Reader in) throws IOException {\n"
                    + "        Object text = in.enumeratedText();\n"
                    + "        return text == WireCodec.MISMATCH ? WireCodec.MISMATCH : " + imports.name(enumClass)
                    + ".of((String) text);\n    }\n");
        }
        return method;
    }

    private String kindMethod(WireKind<?> kind, String hint, String self) {
        String existing = kindMethods.get(kind);
        if (existing != null) {
            return existing;
        }
        String baseHint = named.containsKey(kind) ? camel(named.get(kind).substring(named.get(kind).indexOf('.') + 1)
                .toLowerCase(Locale.ROOT), true) : hint;
        String method = "read" + baseHint;
        kindMethods.put(kind, method);
        StringBuilder m = new StringBuilder();
        m.append("    private static Object ").append(method).append("(WireCodec.Reader in) throws IOException {\n");
        if (kind instanceof WireKind.ListOf<?> list) {
            imports.add("java.util.ArrayList");
            imports.add("java.util.Collections");
            imports.add("java.util.List");
            m.append("""
                            if (in.token() != JsonToken.START_ARRAY) {
                                return in.mismatch("an array");
                            }
                            List<Object> elements = new ArrayList<>();
                            while (in.nextToken() != JsonToken.END_ARRAY) {
                                if (in.token() == JsonToken.VALUE_NULL) {
                                    in.nullElement();
                                    continue;
                                }
                    """);
            m.append("            Object element = ").append(expression(list.element(), baseHint + "Element", null,
                    "((WireKind.ListOf<?>) " + self + ").element()")).append(";\n");
            m.append("""
                                if (element != WireCodec.MISMATCH) {
                                    elements.add(element);
                                }
                            }
                            return Collections.unmodifiableList(elements);
                    """);
        } else if (kind instanceof WireKind.Nullable<?> nullable) {
            imports.add("io.github.realtimesessions.model.Setting");
            m.append("""
                            if (in.token() == JsonToken.VALUE_NULL) {
                                return Setting.disabled();
                            }
                    """);
            m.append("        Object value = ").append(expression(nullable.value(), baseHint + "Value", null,
                    "((WireKind.Nullable<?>) " + self + ").value()")).append(";\n");
            m.append("        return value == WireCodec.MISMATCH ? WireCodec.MISMATCH : Setting.enabled(value);\n");
        } else if (kind instanceof WireKind.OneOf<?> oneOf) {
            m.append("        JsonToken token = in.token();\n");
            List<WireKind.Shape> seen = new ArrayList<>();
            boolean always = false;
            for (int i = 0; i < oneOf.alternatives().size() && !always; i++) {
                WireKind<?> alternative = oneOf.alternatives().get(i).kind();
                WireKind.Shape accepted = WireKind.shapeOf(alternative);
                String read = expression(alternative, baseHint + "Alternative" + (i + 1), null,
                        "((WireKind.OneOf<?>) " + self + ").alternatives().get(" + i + ").kind()");
                if (accepted == WireKind.Shape.ANY) {
                    m.append("        return ").append(read).append(";\n");
                    always = true;
                } else if (!seen.contains(accepted)) {
                    seen.add(accepted);
                    m.append("        if (").append(tokensOf(accepted)).append(") {\n");
                    m.append("            return ").append(read).append(";\n        }\n");
                }
            }
            if (!always) {
                m.append("        return in.mismatch(in.expectedShapes(")
                        .append(kindConstant(kind, baseHint, "WireKind.OneOf<?>", self)).append("));\n");
            }
        } else if (kind instanceof WireKind.Mapped<?, ?> mapped) {
            m.append("        Object wire = ").append(expression(mapped.wire(), baseHint + "Wire", null,
                    "((WireKind.Mapped<?, ?>) " + self + ").wire()")).append(";\n");
            m.append("        return wire == WireCodec.MISMATCH ? WireCodec.MISMATCH : in.mapped(")
                    .append(kindConstant(kind, baseHint, "WireKind.Mapped<?, ?>", self)).append(", wire);\n");
        } else if (kind instanceof WireKind.Discriminated<?> union) {
            m.append("        if (in.token() != JsonToken.START_OBJECT) {\n            return in.mismatch(\"an object\");\n        }\n");
            m.append("        String first = in.nextField();\n");
            m.append("        if (\"").append(union.property())
                    .append("\".equals(first) && in.token() == JsonToken.VALUE_STRING) {\n");
            m.append("            String next;\n");
            m.append("            switch (in.text()) {\n");
            List<String> tags = new ArrayList<>();
            for (WireKind.Variant<?> variant : union.variants()) {
                if (tags.contains(variant.tag())) {
                    continue; // the first variant of a tag wins, as in WireKind.Discriminated#variant
                }
                tags.add(variant.tag());
                String typeConstant = named.get(variant.type());
                TypeInfo generated = types.get(variant.type());
                m.append("                case \"").append(variant.tag()).append("\":\n");
                m.append("                    // The discriminator is a constant field of the variant: continue after it.\n");
                m.append("                    next = in.nextField();\n");
                String typeExpression = typeConstant != null ? typeConstant : "((WireKind.Discriminated<?>) " + self
                        + ").variants().get(" + union.variants().indexOf(variant) + ").type()";
                m.append("                    return next == null ? in.emptyVariant(").append(typeExpression).append(")\n");
                m.append("                            : ").append(generated != null
                        ? generated.method() + "(in, next, null)" : "in.readStructBody(" + typeExpression + ", next)").append(";\n");
            }
            m.append("                default:\n                    break;\n            }\n        }\n");
            m.append("        return in.discriminatedRest(")
                    .append(kindConstant(kind, baseHint, "WireKind.Discriminated<?>", self)).append(", first);\n");
        }
        m.append("    }\n");
        methods.add(m.toString());
        return method;
    }

    /** The test of the current token for a shape, as the interpreting reader maps tokens to shapes. */
    private static String tokensOf(WireKind.Shape shape) {
        return switch (shape) {
            case STRING -> "token == JsonToken.VALUE_STRING";
            case NUMBER -> "token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT";
            case BOOLEAN -> "token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE";
            case OBJECT -> "token == JsonToken.START_OBJECT";
            case ARRAY -> "token == JsonToken.START_ARRAY";
            case ANY -> throw new IllegalArgumentException("ANY accepts every token");
        };
    }

    private String kindConstant(WireKind<?> kind, String hint, String javaType, String self) {
        if (named.containsKey(kind) && (javaType.equals("WireKind<?>") || declaredTypes.get(kind) == kind.getClass())) {
            return named.get(kind);
        }
        String existing = kindConstants.get(kind);
        if (existing != null) {
            return existing;
        }
        if (named.containsKey(kind)) {
            // A constant declared as a WireKind: the reader's step takes its record type.
            hint = named.get(kind).substring(named.get(kind).indexOf('.') + 1);
        }
        boolean castNeeded = !self.startsWith("kind(") && !javaType.equals("WireKind<?>");
        String name = constant(snake(hint), javaType, castNeeded ? "(" + javaType + ") " + self : self);
        kindConstants.put(kind, name);
        return name;
    }

    private String constant(String name, String javaType, String initializer) {
        String unique = name;
        for (int i = 2; constantDeclarations.containsKey(unique); i++) {
            unique = name + "_" + i;
        }
        constantDeclarations.put(unique, "    private static final " + javaType + " " + unique + " = " + initializer + ";");
        return unique;
    }

    // ------------------------------------------------------------------------------------------------ setters

    /** The builder method a field's value is set with, found by the field's name, or {@code null}. */
    private static Method setter(Class<?> builderClass, WireField<?, ?, ?> field) {
        String name = camel(field.name(), false) + (field.kind() instanceof WireKind.Nullable<?> ? "Setting" : "");
        List<Method> candidates = Arrays.stream(builderClass.getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1
                        && !Modifier.isStatic(method.getModifiers()) && method.getReturnType() == builderClass)
                .toList();
        Class<?> wanted = javaType(field.kind());
        if (candidates.size() > 1 && wanted != null) {
            candidates = candidates.stream().filter(method -> boxed(method.getParameterTypes()[0]) == wanted).toList();
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The Java class of a kind's values where the kind fixes it, else {@code null}. */
    private static Class<?> javaType(WireKind<?> kind) {
        if (kind instanceof WireKind.Scalar<?> scalar) {
            return switch (scalar.type()) {
                case TEXT -> String.class;
                case BOOLEAN -> Boolean.class;
                case INT32 -> Integer.class;
                case INT64 -> Long.class;
                case DECIMAL -> Double.class;
            };
        }
        if (kind instanceof WireKind.Epoch) {
            return java.time.Instant.class;
        }
        if (kind instanceof WireKind.ListOf<?>) {
            return List.class;
        }
        if (kind instanceof WireKind.MapOf<?>) {
            return Map.class;
        }
        if (kind instanceof WireKind.Nullable<?>) {
            return io.github.realtimesessions.model.Setting.class;
        }
        return null;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> throw new IllegalArgumentException(type.getName());
        };
    }

    private String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return imports.name(boxed(c));
        }
        if (type instanceof ParameterizedType parameterized) {
            return typeName(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(this::typeName).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getLowerBounds().length > 0) {
                return "? super " + typeName(wildcard.getLowerBounds()[0]);
            }
            Type upper = wildcard.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + typeName(upper);
        }
        throw new IllegalArgumentException("cannot name " + type);
    }

    // ------------------------------------------------------------------------------------------------ names

    /** {@code silence_duration_ms} as {@code silenceDurationMs} (or {@code SilenceDurationMs}). */
    static String camel(String snake, boolean capitalized) {
        StringBuilder text = new StringBuilder();
        boolean upper = capitalized;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                text.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return text.toString();
    }

    /** {@code RealtimeSessionModel} as {@code REALTIME_SESSION_MODEL}. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The imports of the generated file: simple names where they are unambiguous, else qualified ones. */
    private static final class Imports {

        private final Map<String, String> bySimpleName = new TreeMap<>();

        void add(String qualified) {
            bySimpleName.putIfAbsent(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
        }

        String name(Class<?> type) {
            if (type.isArray()) {
                return name(type.getComponentType()) + "[]";
            }
            Class<?> top = type;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            String nested = type.getCanonicalName().substring(top.getCanonicalName().length());
            if (top.getPackageName().equals("java.lang") || top.getPackageName().equals(PACKAGE)) {
                return top.getSimpleName() + nested;
            }
            String existing = bySimpleName.putIfAbsent(top.getSimpleName(), top.getName());
            return existing == null || existing.equals(top.getName())
                    ? top.getSimpleName() + nested : type.getCanonicalName();
        }

        String declarations() {
            Map<Boolean, List<String>> groups = bySimpleName.values().stream().sorted()
                    .collect(Collectors.partitioningBy(name -> name.startsWith("java.")));
            StringBuilder text = new StringBuilder();
            for (String name : groups.get(false)) {
                text.append("import ").append(name).append(";\n");
            }
            for (String name : groups.get(true)) {
                text.append("import ").append(name).append(";\n");
            }
            return text.toString();
        }
    }
}
