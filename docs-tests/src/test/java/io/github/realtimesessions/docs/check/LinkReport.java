package io.github.realtimesessions.docs.check;

import java.util.List;

/**
 * What {@link LinkCheck} found.
 *
 * @param markdownFiles the markdown files checked, relative to the repository root
 * @param linksChecked  how many links (and reference uses) they have
 * @param failures      every failure, in reading order
 */
public record LinkReport(List<String> markdownFiles, int linksChecked, List<Failure> failures) {

    public LinkReport {
        markdownFiles = List.copyOf(markdownFiles);
        failures = List.copyOf(failures);
    }

    /** One line for the build log. */
    public String summary() {
        return "Links: " + markdownFiles.size() + " markdown files, " + linksChecked + " links checked"
                + (linksChecked == 0 ? " (no link yet)" : "") + ", " + failures.size() + " failures";
    }

    /** Every failure, for the assertion message. */
    public String failureReport() {
        return Reports.format(failures.size() + " links of the documentation lead nowhere", failures,
                "Relative links resolve from the markdown file's directory inside the repository (not into target/),"
                        + " #anchors are GitHub heading slugs, external links are https (see LinkCheck's Javadoc).");
    }
}
