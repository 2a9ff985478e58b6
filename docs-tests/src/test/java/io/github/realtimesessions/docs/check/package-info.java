/**
 * The documentation checker: the build fails when README.md, docs/*.md or any other markdown of the repository
 * drifts from the code.
 *
 * <p>Start at {@link io.github.realtimesessions.docs.check.DocsCheck} for the two rules, then
 * {@link io.github.realtimesessions.docs.check.SnippetCheck} (the snippet marker and region format) and
 * {@link io.github.realtimesessions.docs.check.LinkCheck} (what a link may point at). {@code SnippetsTest} and
 * {@code LinksTest} run them on this repository; the other tests prove them on the planted miniature repositories in
 * {@code src/test/resources/check-fixtures/}.
 */
package io.github.realtimesessions.docs.check;
