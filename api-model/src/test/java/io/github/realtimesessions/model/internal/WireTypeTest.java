package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.internal.WireKind.Alternative;
import io.github.realtimesessions.model.internal.WireKind.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WireType} and {@link WireField} on small types made up for the test. */
class WireTypeTest {

    // ----------------------------------------------------------------------------------------------- test types

    record Leaf(Integer size, String name) {}

    static final WireType<Leaf, Object[]> LEAF = WireType.<Leaf, Object[]>of(
                    "Leaf", () -> new Object[2], parts -> new Leaf((Integer) parts[0], (String) parts[1]))
            .field("size", WireKind.INT32, Leaf::size, (parts, v) -> parts[0] = v, FieldOption.between(1, 9))
            .field("name", WireKind.TEXT, Leaf::name, (parts, v) -> parts[1] = v, FieldOption.required(),
                    FieldOption.notBlank())
            .build();

    sealed interface Shape permits Circle, Square, UnknownShape {}

    record Circle(Integer radius) implements Shape {}

    record Square(Integer side) implements Shape {}

    record UnknownShape(io.github.realtimesessions.model.JsonObject json) implements Shape {}

    static final WireType<Circle, Object[]> CIRCLE = WireType.<Circle, Object[]>of(
                    "Circle", () -> new Object[1], parts -> new Circle((Integer) parts[0]))
            .constant("kind", "circle")
            .field("radius", WireKind.INT32, Circle::radius, (parts, v) -> parts[0] = v, FieldOption.atLeast(1))
            .build();

    static final WireType<Square, Object[]> SQUARE = WireType.<Square, Object[]>of(
                    "Square", () -> new Object[1], parts -> new Square((Integer) parts[0]))
            .constant("kind", "square")
            .field("side", WireKind.INT32, Square::side, (parts, v) -> parts[0] = v, FieldOption.atLeast(1))
            .build();

    static final WireKind<Shape> SHAPE = new WireKind.Discriminated<>("kind",
            List.of(Variant.of("circle", Circle.class, CIRCLE), Variant.of("square", Square.class, SQUARE)),
            UnknownShape::new, shape -> ((UnknownShape) shape).json());

    /** A number or a leaf: told apart by the Java value. */
    static final WireKind<Object> NUMBER_OR_LEAF = WireKind.OneOf.of(
            Alternative.when(value -> value instanceof Integer, WireKind.mapped(WireKind.INT32, v -> v, v -> (Integer) v)),
            Alternative.when(value -> value instanceof Leaf, WireKind.struct(LEAF)));

    record Tree(
            Leaf leaf,
            List<Leaf> leaves,
            Map<String, Leaf> byName,
            Setting<Leaf> optional,
            Setting<Integer> limit,
            String token,
            Shape shape,
            Object either,
            Map<String, JsonValue> extras) {}

    static final class TreeBuilder {
        final Object[] parts = new Object[8];
        final Map<String, JsonValue> extras = new LinkedHashMap<>();
    }

    static final WireType<Tree, TreeBuilder> TREE = WireType.<Tree, TreeBuilder>of("Tree", TreeBuilder::new,
                    b -> new Tree((Leaf) b.parts[0], cast(b.parts[1]), cast(b.parts[2]), cast(b.parts[3]),
                            cast(b.parts[4]), (String) b.parts[5], (Shape) b.parts[6], b.parts[7], Map.copyOf(b.extras)))
            .constant("type", "tree")
            .field("leaf", WireKind.struct(LEAF), Tree::leaf, (b, v) -> b.parts[0] = v)
            .field("leaves", WireKind.listOf(WireKind.struct(LEAF)), Tree::leaves, (b, v) -> b.parts[1] = v)
            .field("by_name", WireKind.mapOf(WireKind.struct(LEAF)), Tree::byName, (b, v) -> b.parts[2] = v)
            .field("optional", WireKind.nullable(WireKind.struct(LEAF)), Tree::optional, (b, v) -> b.parts[3] = v)
            .field("limit", WireKind.nullable(WireKind.INT32), Tree::limit, (b, v) -> b.parts[4] = v,
                    FieldOption.between(1, 9))
            .field("token", WireKind.TEXT, Tree::token, (b, v) -> b.parts[5] = v, FieldOption.secret(),
                    FieldOption.notBlank())
            .field("shape", SHAPE, Tree::shape, (b, v) -> b.parts[6] = v)
            .field("either", NUMBER_OR_LEAF, Tree::either, (b, v) -> b.parts[7] = v)
            .extraFields(Tree::extras, (b, name, value) -> b.extras.put(name, value))
            .rule((tree, at) -> {
                if (tree.leaves() != null && tree.leaves().size() > 2) {
                    at.add("leaves", "must have at most 2 elements", tree.leaves().size() + " elements");
                }
            })
            .build();

    @SuppressWarnings("unchecked")
    private static <V> V cast(Object value) {
        return (V) value;
    }

    private static Tree tree(Leaf leaf, List<Leaf> leaves, Map<String, Leaf> byName, Setting<Leaf> optional,
            Setting<Integer> limit, String token, Shape shape, Object either) {
        return new Tree(leaf, leaves, byName, optional, limit, token, shape, either, Map.of());
    }

    private static List<Violation> violationsOf(Tree tree) {
        Violations violations = new Violations();
        TREE.validate(tree, violations);
        return violations.list();
    }

    // ----------------------------------------------------------------------------------------------- description

    @Test
    void theDescriptionListsItsFieldsInWireOrder() {
        assertThat(TREE.javaName()).isEqualTo("Tree");
        assertThat(TREE.fields()).extracting(WireField::name)
                .containsExactly("type", "leaf", "leaves", "by_name", "optional", "limit", "token", "shape", "either");
        assertThat(TREE.field("token").isSecret()).isTrue();
        assertThat(TREE.field("missing")).isNull();
        assertThat(TREE).hasToString("WireType[Tree]");
    }

    @Test
    void everyFieldIsFoundByItsNameOfAnyOriginAndNoOtherNameIsFound() {
        // Sixty fields fill the lookup table enough for names to share probe chains.
        WireType.Builder<Object[], Object[]> wide = WireType.<Object[], Object[]>of("Wide", () -> new Object[60], parts -> parts);
        for (int i = 0; i < 60; i++) {
            int index = i;
            wide.field("field_" + i, WireKind.INT32, parts -> (Integer) parts[index], (parts, v) -> parts[index] = v);
        }
        WireType<Object[], Object[]> type = wide.build();

        for (int i = 0; i < 60; i++) {
            String interned = ("field_" + i).intern();
            String copy = new String(interned.toCharArray()); // equal, not the same instance: the second pass
            assertThat(type.field(interned)).as(interned).isNotNull().extracting(WireField::name).isEqualTo(interned);
            assertThat(type.field(copy)).as(copy).isSameAs(type.field(interned));
        }
        assertThat(type.field("field_60")).isNull();
        assertThat(type.field("")).isNull();
        assertThat(type.field("FIELD_1")).as("names are case-sensitive").isNull();
    }

    @Test
    void fieldsIsUnmodifiable() {
        assertThat(TREE.fields()).isUnmodifiable();
    }

    @Test
    void aConstantFieldAlwaysReadsItsValueAndIgnoresTheSetter() {
        WireField<Tree, TreeBuilder, ?> type = TREE.field("type");
        TreeBuilder builder = TREE.newBuilder();

        assertThat(type.constant()).isEqualTo("tree");
        assertThat((Object) type.get(tree(null, null, null, null, null, null, null, null))).isEqualTo("tree");
        castField(type).set(builder, "other");
        assertThat(builder.parts).containsOnlyNulls();
        assertThat(TREE.field("leaf").constant()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static <V> WireField<Tree, TreeBuilder, V> castField(WireField<Tree, TreeBuilder, ?> field) {
        return (WireField<Tree, TreeBuilder, V>) field;
    }

    @Test
    void aFieldKnowsItsOptions() {
        WireField<Leaf, Object[], ?> name = LEAF.field("name");
        WireField<Leaf, Object[], ?> size = LEAF.field("size");

        assertThat(name.isRequired()).isTrue();
        assertThat(name.isSecret()).isFalse();
        assertThat(name.isEssential()).isFalse();
        assertThat(name.options()).hasSize(2).isUnmodifiable();
        assertThat(size.isRequired()).isFalse();
        assertThat(size.kind()).isSameAs(WireKind.INT32);
        assertThat(size).hasToString("size");
        assertThat(Schemas.CLIENT_SECRET_RESPONSE.field("value").isEssential()).isTrue();
        assertThat(Schemas.CLIENT_SECRET_RESPONSE.field("value").isSecret()).isTrue();
    }

    @Test
    void newBuilderAndBuildGoThroughTheGivenFunctions() {
        Object[] parts = LEAF.newBuilder();
        castLeafField(LEAF.field("size")).set(parts, 3);
        castLeafField(LEAF.field("name")).set(parts, "x");

        assertThat(LEAF.build(parts)).isEqualTo(new Leaf(3, "x"));
    }

    @SuppressWarnings("unchecked")
    private static <V> WireField<Leaf, Object[], V> castLeafField(WireField<Leaf, Object[], ?> field) {
        return (WireField<Leaf, Object[], V>) field;
    }

    @Test
    void aFieldDescribedTwiceIsRejected() {
        WireType.Builder<Leaf, Object[]> builder = WireType.<Leaf, Object[]>of("Leaf", () -> new Object[2], p -> null)
                .field("size", WireKind.INT32, Leaf::size, (p, v) -> p[0] = v)
                .field("size", WireKind.INT32, Leaf::size, (p, v) -> p[0] = v);

        assertThatIllegalStateException().isThrownBy(builder::build).withMessage("Leaf describes the field size twice");
    }

    @Test
    void theBuilderRejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> WireType.of(null, Object::new, b -> b)).withMessage("javaName");
        assertThatNullPointerException().isThrownBy(() -> WireType.of("X", null, b -> b)).withMessage("newBuilder");
        assertThatNullPointerException().isThrownBy(() -> WireType.of("X", Object::new, null)).withMessage("build");
        WireType.Builder<Leaf, Object[]> builder = WireType.of("Leaf", () -> new Object[2], p -> null);
        assertThatNullPointerException().isThrownBy(() -> builder.constant("type", null)).withMessage("value");
        assertThatNullPointerException()
                .isThrownBy(() -> builder.field("size", WireKind.INT32, Leaf::size, null))
                .withMessage("setter");
        assertThatNullPointerException().isThrownBy(() -> builder.rule(null)).withMessage("rule");
        assertThatNullPointerException().isThrownBy(() -> builder.extraFields(null, (b, n, v) -> {})).withMessage("extras");
        assertThatNullPointerException().isThrownBy(() -> builder.extraFields(l -> Map.of(), null)).withMessage("sink");
    }

    // ----------------------------------------------------------------------------------------------- extra fields

    @Test
    void aTypeWithExtraFieldsReadsAndAddsThem() {
        TreeBuilder builder = TREE.newBuilder();
        TREE.addExtraField(builder, "z", JsonValue.of(1));
        TREE.addExtraField(builder, "a", JsonValue.of("x"));

        Tree tree = TREE.build(builder);

        assertThat(TREE.keepsExtraFields()).isTrue();
        assertThat(TREE.extraFields(tree)).containsOnly(Map.entry("z", JsonValue.of(1)), Map.entry("a", JsonValue.of("x")));
    }

    @Test
    void aTypeWithoutExtraFieldsIgnoresThem() {
        Object[] parts = LEAF.newBuilder();

        LEAF.addExtraField(parts, "z", JsonValue.of(1));

        assertThat(LEAF.keepsExtraFields()).isFalse();
        assertThat(parts).containsOnlyNulls();
        assertThat(LEAF.extraFields(new Leaf(1, "a"))).isEmpty();
    }

    @Test
    void extrasThatReadAsNullCountAsNone() {
        WireType<Leaf, Object[]> type = WireType.<Leaf, Object[]>of("Leaf", () -> new Object[2], p -> null)
                .extraFields(leaf -> null, (b, n, v) -> {})
                .build();

        assertThat(type.extraFields(new Leaf(1, "a"))).isEmpty();
        assertThat(type.equal(new Leaf(1, "a"), new Leaf(2, "b"))).isTrue();
    }

    // ----------------------------------------------------------------------------------------------- validation

    @Test
    void aValidValueHasNoViolations() {
        Tree valid = tree(new Leaf(1, "a"), List.of(new Leaf(9, "b")), Map.of("k", new Leaf(5, "c")),
                Setting.enabled(new Leaf(2, "d")), Setting.enabled(9), "t", new Circle(1), 42);

        assertThat(violationsOf(valid)).isEmpty();
        assertThat(violationsOf(tree(null, null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void aRuleOfAFieldNamesTheFieldTheRuleAndTheValue() {
        assertThat(violationsOf(tree(null, null, null, null, Setting.enabled(10), null, null, null)))
                .containsExactly(new Violation("limit", "must be between 1 and 9", "10"));
    }

    @Test
    void aNestedStructIsCheckedBelowItsFieldName() {
        assertThat(violationsOf(tree(new Leaf(0, null), null, null, null, null, null, null, null)))
                .containsExactly(
                        new Violation("leaf.size", "must be between 1 and 9", "0"),
                        new Violation("leaf.name", "is required", null));
    }

    @Test
    void listElementsAreCheckedWithTheirIndex() {
        Tree tree = tree(null, List.of(new Leaf(1, "ok"), new Leaf(1, " "), new Leaf(12, "ok")), null, null, null,
                null, null, null);

        assertThat(violationsOf(tree)).containsExactly(
                new Violation("leaves[1].name", "must not be blank", "\" \""),
                new Violation("leaves[2].size", "must be between 1 and 9", "12"),
                new Violation("leaves", "must have at most 2 elements", "3 elements"));
    }

    @Test
    void mapValuesAreCheckedBelowTheirKey() {
        Map<String, Leaf> byName = new LinkedHashMap<>();
        byName.put("city", new Leaf(1, null));
        byName.put("good", new Leaf(1, "fine"));
        byName.put("zip.code", new Leaf(-1, "x"));

        assertThat(violationsOf(tree(null, null, byName, null, null, null, null, null))).containsExactly(
                new Violation("by_name.city.name", "is required", null),
                new Violation("by_name.zip.code.size", "must be between 1 and 9", "-1"));
    }

    @Test
    void anEnabledSettingIsCheckedAndADisabledOneIsNot() {
        assertThat(violationsOf(tree(null, null, null, Setting.enabled(new Leaf(null, "")), null, null, null, null)))
                .containsExactly(new Violation("optional.name", "must not be blank", "\"\""));
        assertThat(violationsOf(tree(null, null, null, Setting.disabled(), Setting.disabled(), null, null, null)))
                .isEmpty();
    }

    @Test
    void aSecretIsNeverShownInAViolation() {
        assertThat(violationsOf(tree(null, null, null, null, null, "   ", null, null)))
                .containsExactly(new Violation("token", "must not be blank", null));
    }

    @Test
    void aDiscriminatedUnionChecksTheVariantItHolds() {
        assertThat(violationsOf(tree(null, null, null, null, null, null, new Square(0), null)))
                .containsExactly(new Violation("shape.side", "must be at least 1", "0"));
        assertThat(violationsOf(tree(null, null, null, null, null, null, new Circle(-2), null)))
                .containsExactly(new Violation("shape.radius", "must be at least 1", "-2"));
    }

    @Test
    void anUnknownVariantIsNotChecked() {
        Shape unknown = new UnknownShape(io.github.realtimesessions.model.JsonObject.parse("{\"kind\":\"blob\",\"side\":0}"));

        assertThat(violationsOf(tree(null, null, null, null, null, null, unknown, null))).isEmpty();
    }

    @Test
    void aOneOfChecksTheAlternativeThatAcceptsTheValue() {
        assertThat(violationsOf(tree(null, null, null, null, null, null, null, new Leaf(100, "x"))))
                .containsExactly(new Violation("either.size", "must be between 1 and 9", "100"));
        assertThat(violationsOf(tree(null, null, null, null, null, null, null, 100))).isEmpty();
    }

    @Test
    void everyViolationIsReportedTogetherFieldRulesFirstThenCrossRules() {
        Tree tree = tree(new Leaf(0, "a"), List.of(new Leaf(1, "a"), new Leaf(1, "b"), new Leaf(1, null)),
                Map.of("k", new Leaf(10, "c")), Setting.enabled(new Leaf(1, "")), Setting.enabled(0), "",
                new Circle(0), new Leaf(0, "e"));

        assertThat(violationsOf(tree)).extracting(Violation::field).containsExactly(
                "leaf.size", "leaves[2].name", "by_name.k.size", "optional.name", "limit", "token", "shape.radius",
                "either.size", "leaves");
    }

    @Test
    void validateAddsBelowTheCollectorsPath() {
        Violations root = new Violations();

        LEAF.validate(new Leaf(0, null), root.at("session").at("tools").at(3));

        assertThat(root.list()).extracting(Violation::field)
                .containsExactly("session.tools[3].size", "session.tools[3].name");
    }

    // ----------------------------------------------------------------------------------------------- object methods

    @Test
    void equalComparesEveryFieldAndTheExtraFields() {
        Tree a = tree(new Leaf(1, "a"), null, null, null, Setting.disabled(), "t", null, null);
        Tree b = tree(new Leaf(1, "a"), null, null, null, Setting.disabled(), "t", null, null);
        Tree otherToken = tree(new Leaf(1, "a"), null, null, null, Setting.disabled(), "u", null, null);
        Tree absentLimit = tree(new Leaf(1, "a"), null, null, null, null, "t", null, null);
        Tree withExtra = new Tree(new Leaf(1, "a"), null, null, null, Setting.disabled(), "t", null, null,
                Map.of("x", JsonValue.of(true)));

        assertThat(TREE.equal(a, a)).isTrue();
        assertThat(TREE.equal(a, b)).isTrue();
        assertThat(TREE.hash(a)).isEqualTo(TREE.hash(b));
        assertThat(TREE.equal(a, otherToken)).isFalse();
        assertThat(TREE.equal(a, absentLimit)).isFalse();
        assertThat(TREE.equal(a, withExtra)).isFalse();
        assertThat(TREE.equal(withExtra, a)).isFalse();
        assertThat(TREE.hash(withExtra)).isNotEqualTo(TREE.hash(a));
    }

    @Test
    void hashDependsOnTheTypeName() {
        WireType<Leaf, Object[]> renamed = WireType.<Leaf, Object[]>of("Twig", () -> new Object[2], p -> null)
                .field("size", WireKind.INT32, Leaf::size, (p, v) -> p[0] = v)
                .field("name", WireKind.TEXT, Leaf::name, (p, v) -> p[1] = v)
                .build();

        assertThat(renamed.hash(new Leaf(1, "a"))).isNotEqualTo(LEAF.hash(new Leaf(1, "a")));
    }

    @Test
    void describeListsSetFieldsByWireNameSkipsConstantsRedactsSecretsAndNamesExtrasOnly() {
        Tree tree = new Tree(new Leaf(1, "a"), List.of(), null, Setting.enabled(new Leaf(2, "b")), Setting.disabled(),
                "hunter2", new Circle(3), 7, orderedExtras());

        assertThat(TREE.describe(tree)).isEqualTo("Tree[leaf=Leaf[size=1, name=a], leaves=[], "
                + "optional=Leaf[size=2, name=b], limit=null, token=<redacted>, shape=Circle[radius=3], either=7, "
                + "extraFields=[zeta, alpha]]");
    }

    private static Map<String, JsonValue> orderedExtras() {
        Map<String, JsonValue> extras = new LinkedHashMap<>();
        extras.put("zeta", JsonValue.of("do-not-print-1"));
        extras.put("alpha", JsonValue.parse("{\"k\":\"do-not-print-2\"}"));
        return extras;
    }

    @Test
    void describeOfAnEmptyValue() {
        assertThat(TREE.describe(tree(null, null, null, null, null, null, null, null))).isEqualTo("Tree[]");
        assertThat(TREE.describe(new Tree(null, null, null, null, null, null, null, null, orderedExtras())))
                .isEqualTo("Tree[extraFields=[zeta, alpha]]");
        assertThat(TREE.describe(tree(null, null, null, null, null, "s", null, null))).isEqualTo("Tree[token=<redacted>]");
    }
}
