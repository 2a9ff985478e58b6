/**
 * Architecture rules over every production class of the library, run by {@code ./mvnw verify}.
 *
 * <p>{@code ArchitectureRules} holds the rules, written against a root package so the same rules guard the
 * production classes ({@code ProductionArchitectureTest}) and a miniature of the library with planted violations
 * ({@code PlantedViolationsTest}, package {@code fixtures}), which proves each rule fails on what it is there for and
 * on nothing else.
 *
 * <h2>Why the onion looks the way it does</h2>
 * ArchUnit's {@code onionArchitecture()} forbids adapters from depending on each other, while DESIGN.md draws arrows
 * from transport-apache, transport-feign, the testkit and the starter to transport-core, and from the CLI to the
 * transports and the testkit. The encoding that keeps both:
 * <ul>
 *   <li>domain model = {@code model} (with {@code model.beta} and the internals); domain services = {@code port}
 *       (with {@code port.spi} and {@code port.internal});</li>
 *   <li>application services = {@code transport.core}: the transport-neutral pipeline (endpoints, JSON codec,
 *       answers, deadlines, retries, credentials) that every adapter plugs an exchange into, so adapters may use
 *       it;</li>
 *   <li>adapters = {@code transport.apache}, {@code transport.feign}, {@code testkit} (the in-memory fake is an
 *       adapter of the port like any transport), {@code cli}, {@code spring} (the Spring Boot starter) and
 *       {@code azure} (the Azure Identity credential);</li>
 *   <li>the CLI is the composition root: the one {@code ignoreDependency} lets it, and only it, reach the other
 *       adapters.</li>
 * </ul>
 * The onion alone would let any adapter reach any inner ring, so a {@code layeredArchitecture()} states the exact
 * arrows too. Beyond DESIGN.md: the CLI, the testkit and the starter use transport-core's wire codec (to read
 * request files strictly, to decode what the fake server receives, to answer the browser with OpenAI's own JSON),
 * which keeps Jackson in one module; the Azure credential sees only the port. Both rules refuse a class outside the
 * module packages, so no class escapes the layering.
 *
 * <h2>Internals</h2>
 * {@code internal} packages are not API (no signature a user sees names one), but the library's own modules, which
 * are released together from one BOM, share them: the codec and the field descriptions are one implementation, not
 * one per module. The transports are the exception the seam needs: they use transport-core's public packages and
 * the port only, never the model or any internal, so that adding an endpoint touches no transport.
 *
 * <h2>Exceptions, each precise</h2>
 * <ul>
 *   <li>Package cycles are counted between units, a unit being a package with its {@code internal} and {@code spi}
 *       sub-packages: a public type and its implementation name each other, and so do an API and its SPI
 *       ({@code java.nio.charset} and {@code java.nio.charset.spi} too). The beta descriptions live in
 *       {@code model.beta.internal} so that the GA model never depends on the beta package.</li>
 *   <li>Checked exceptions: {@code IOException} is allowed only in transport-core, only on a method that takes an
 *       {@code InputStream}/{@code OutputStream} or on {@code HttpExchange#execute}: the seams where a transport's
 *       I/O failure enters the shared pipeline, which turns it into {@code ApiConnectionException}. "API" means
 *       public or protected members of types that are public all the way out, outside the {@code internal}
 *       packages. JUnit test and lifecycle methods (the testkit's contract) are run by the engine, not called by
 *       users, and may declare {@code throws Exception} as JUnit code does.</li>
 *   <li>{@code model classes are final}: the open enums' shared base {@code OpenEnum} is abstract by design; every
 *       enum type extending it is final.</li>
 * </ul>
 */
package io.github.realtimesessions.architecture;
