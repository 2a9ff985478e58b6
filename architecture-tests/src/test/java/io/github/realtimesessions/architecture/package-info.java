/**
 * Architecture rules over every production class of the library, run by {@code ./mvnw verify}.
 *
 * <p>{@code ArchitectureRules} holds the rules, written against a root package so the same rules guard the
 * production classes ({@code ProductionArchitectureTest}) and a miniature of the library with planted violations
 * ({@code PlantedViolationsTest}, package {@code fixtures}), which proves each rule fails on what it is there for.
 *
 * <h2>Why the onion looks the way it does</h2>
 * ArchUnit's {@code onionArchitecture()} forbids adapters from depending on each other, while DESIGN.md draws arrows
 * from transport-apache, transport-feign and the testkit to transport-core, and from the CLI to the transports and
 * the testkit. The encoding that keeps both:
 * <ul>
 *   <li>domain model = {@code model}; domain services = {@code port} (with {@code port.spi} and
 *       {@code port.internal});</li>
 *   <li>application services = {@code transport.core}: the transport-neutral pipeline (headers, JSON codec,
 *       response interpretation, retries) that every adapter plugs an I/O exchange into, so adapters may use it;</li>
 *   <li>adapters = {@code transport.apache}, {@code transport.feign}, {@code testkit} (the in-memory fake is an
 *       adapter of the port like any transport) and {@code cli};</li>
 *   <li>the CLI is the composition root: the one {@code ignoreDependency} lets it, and only it, reach the other
 *       adapters.</li>
 * </ul>
 * The onion alone would let any adapter reach any inner ring, so a {@code layeredArchitecture()} states the exact
 * arrows too: those of DESIGN.md, plus CLI to transport-core (the composition root reads {@code --request-file} and
 * prints {@code --json} with the wire codec, which keeps Jackson out of the CLI). A module may use the model because the port's API is
 * made of model types. Both rules refuse a class outside the module packages, so no class escapes the layering.
 *
 * <h2>Exceptions, each precise</h2>
 * <ul>
 *   <li>Package cycles: {@code port.SessionCreators} looks up {@code port.spi.SessionCreatorProvider} with
 *       {@code ServiceLoader} while the SPI names the port's types; an API package and its SPI always reference
 *       each other (so do {@code java.nio.charset} and {@code java.nio.charset.spi}). Only that class's
 *       dependencies into {@code port.spi} are exempt.</li>
 *   <li>Checked exceptions: {@code IOException} is allowed only in transport-core, only on a method that takes an
 *       {@code InputStream}/{@code OutputStream} or on {@code SessionCall.Exchange#send}: the seams where a
 *       transport's I/O failure enters the shared pipeline, which turns it into {@code ApiConnectionException}.
 *       "API" means public or protected members of types that are public all the way out, outside the
 *       {@code internal} packages (DESIGN.md: code that must cross packages but is not API). JUnit test and
 *       lifecycle methods (the testkit's {@code SessionCreatorContract}) are run by the engine, not called by
 *       users, and may declare {@code throws Exception} as JUnit code does.</li>
 * </ul>
 */
package io.github.realtimesessions.architecture;
