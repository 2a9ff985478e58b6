package io.github.realtimesessions.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The repository the documentation lives in: its root, the modules its root {@code pom.xml} lists, what git ignores,
 * and its markdown files.
 *
 * <p>The markdown files are {@code README.md} at the root, everything under {@code docs/} and every other
 * {@code *.md} of the tree, found by walking the file tree (git is not asked). The walk skips what git ignores
 * ({@code target/} always, and the simple patterns of the root {@code .gitignore}: see {@link IgnoredPaths}), and the
 * directories {@code .git}, {@code .ci}, {@code .mvn}, {@code node_modules} and {@code check-fixtures} (the checker's
 * own planted, deliberately broken miniature repositories).
 *
 * <p>The compiled sources are the {@code .java} files under {@code src/main/java} and {@code src/test/java} of each
 * module the root {@code pom.xml} lists, and under the {@code <build><sourceDirectory>} /
 * {@code <testSourceDirectory>} a listed module's own {@code pom.xml} sets instead (as
 * {@code spring-boot-starter-it/boot3} compiles the shared {@code ../src/test/java}).
 *
 * @param root        the repository root, absolute and normalized
 * @param modules     the {@code <module>} entries of the root {@code pom.xml}, as written (e.g. {@code testkit-compat/junit5})
 * @param sourceRoots the directories the build compiles Java sources from, absolute and normalized
 * @param ignored     what git ignores in this repository
 */
public record Repository(Path root, List<String> modules, List<Path> sourceRoots, IgnoredPaths ignored) {

    /** The artifactId of the root pom this project's repository root is recognized by. */
    public static final String PARENT_ARTIFACT_ID = "realtime-sessions-parent";

    private static final Set<String> NOT_WALKED = Set.of(".git", ".ci", ".mvn", "node_modules", "check-fixtures");

    public Repository {
        root = root.toAbsolutePath().normalize();
        modules = List.copyOf(modules);
        sourceRoots = List.copyOf(sourceRoots);
    }

    /** Reads the repository at {@code root}: its root {@code pom.xml} (required) and {@code .gitignore} (optional). */
    public static Repository at(Path root) {
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new IllegalArgumentException("not a repository root, no pom.xml: " + root.toAbsolutePath());
        }
        Element project = parsePom(pom);
        List<String> modules = new ArrayList<>();
        for (Element modulesElement : children(project, "modules")) {
            for (Element module : children(modulesElement, "module")) {
                String name = module.getTextContent().trim();
                while (name.endsWith("/")) {
                    name = name.substring(0, name.length() - 1);
                }
                if (!name.isEmpty()) {
                    modules.add(name);
                }
            }
        }
        Path absoluteRoot = root.toAbsolutePath().normalize();
        List<Path> sourceRoots = new ArrayList<>();
        for (String module : modules) {
            Path moduleDir = absoluteRoot.resolve(module).normalize();
            sourceRoots.add(moduleDir.resolve("src/main/java"));
            sourceRoots.add(moduleDir.resolve("src/test/java"));
            Path modulePom = moduleDir.resolve("pom.xml");
            if (Files.isRegularFile(modulePom)) {
                for (Element build : children(parsePom(modulePom), "build")) {
                    for (String directory : List.of("sourceDirectory", "testSourceDirectory")) {
                        for (Element configured : children(build, directory)) {
                            String value = configured.getTextContent().trim();
                            if (!value.isEmpty() && !value.contains("${")) {
                                sourceRoots.add(moduleDir.resolve(value).normalize());
                            }
                        }
                    }
                }
            }
        }
        return new Repository(absoluteRoot, modules, sourceRoots, IgnoredPaths.of(absoluteRoot));
    }

    /**
     * The repository root above {@code start}: the nearest directory (from {@code start} up) whose {@code pom.xml} is
     * the project {@value #PARENT_ARTIFACT_ID} (its own artifactId, not its parent's) and which has a {@code .git} or
     * an {@code mvnw}.
     */
    public static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && (Files.exists(dir.resolve(".git")) || Files.exists(dir.resolve("mvnw")))
                    && PARENT_ARTIFACT_ID.equals(artifactId(pom))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + start.toAbsolutePath()
                + ": looked for a directory with a pom.xml of artifactId " + PARENT_ARTIFACT_ID
                + " and a .git or mvnw");
    }

    /** The markdown files of the repository, absolute, sorted by their path relative to the root. */
    public List<Path> markdownFiles() {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    return NOT_WALKED.contains(name) || ignored.isIgnored(relative(dir), true)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                            && !ignored.isIgnored(relative(file), false)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
        found.sort((a, b) -> relative(a).compareTo(relative(b)));
        return found;
    }

    /** {@code path} relative to the root, with {@code /} separators ({@code ""} for the root itself). */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Whether {@code path} (absolute, normalized) is inside the repository. */
    public boolean contains(Path path) {
        return path.startsWith(root);
    }

    /** The source root (see {@link #sourceRoots()}) the build compiles the {@code .java} file {@code path} from. */
    public Optional<Path> compiledSourceRoot(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.getFileName().toString().endsWith(".java")) {
            return Optional.empty();
        }
        return sourceRoots.stream().filter(normalized::startsWith).findFirst();
    }

    /**
     * The module directory (listed or not) that {@code path} is in, going by a {@code src/main/java} or
     * {@code src/test/java} in its path: for telling a doc writer which {@code <module>} line is missing.
     */
    public Optional<String> unlistedModuleOf(Path path) {
        String relative = relative(path);
        for (String sourceRoot : List.of("/src/main/java/", "/src/test/java/")) {
            int at = relative.indexOf(sourceRoot);
            if (at > 0) {
                return Optional.of(relative.substring(0, at));
            }
        }
        return Optional.empty();
    }

    private static String artifactId(Path pom) {
        try {
            return children(parsePom(pom), "artifactId").stream()
                    .findFirst()
                    .map(element -> element.getTextContent().trim())
                    .orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Element parsePom(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
                if (name.equals(localName)) {
                    found.add(element);
                }
            }
        }
        return found;
    }
}
