package io.github.realtimesessions.docs.check;

import java.util.List;

/**
 * What {@link SnippetCheck} found.
 *
 * @param markdownFiles the markdown files checked, relative to the repository root
 * @param javaBlocks    how many {@code java} blocks they have
 * @param failures      every failure, in reading order
 */
public record SnippetReport(List<String> markdownFiles, int javaBlocks, List<Failure> failures) {

    public SnippetReport {
        markdownFiles = List.copyOf(markdownFiles);
        failures = List.copyOf(failures);
    }

    /** One line for the build log. */
    public String summary() {
        return "Snippets: " + markdownFiles.size() + " markdown files, " + javaBlocks + " java blocks checked"
                + (javaBlocks == 0 ? " (no java block yet: nothing compared)" : "") + ", "
                + failures.size() + " failures";
    }

    /** Every failure, for the assertion message. */
    public String failureReport() {
        return Reports.format(failures.size() + " java blocks of the documentation are not their snippets", failures,
                "A java block is preceded by <!-- snippet: <path from the repository root>#<tag> --> and equals the"
                        + " lines between `// snippet:<tag>` and `// end:<tag>` of that compiled source"
                        + " (see SnippetCheck's Javadoc).");
    }
}
