/**
 * The Spring Boot starter: one dependency gives a Spring Boot 3.5 or 4.0 application an auto-configured
 * {@link io.github.realtimesessions.port.SessionCreator}, an authenticated token endpoint, a WebRTC call broker with a
 * maximum call length, and Micrometer observations of every call.
 *
 * <pre>
 * realtime.sessions.api-key=${OPENAI_API_KEY}
 * realtime.sessions.endpoint.client-secret.enabled=true
 * realtime.sessions.safety-identifier.key=${SAFETY_ID_KEY}
 * </pre>
 *
 * <h2>What is auto-configured</h2>
 * <ul>
 *   <li>{@link io.github.realtimesessions.spring.RealtimeSessionsAutoConfiguration}: the {@code ClientSettings} and the
 *       {@code SessionCreator} (your own beans of either type win);</li>
 *   <li>{@link io.github.realtimesessions.spring.RealtimeSessionsEndpointsAutoConfiguration}: the opt-in token
 *       endpoint and call broker, with their policy, rate limiter and call supervisor;</li>
 *   <li>{@link io.github.realtimesessions.spring.RealtimeSessionsObservationAutoConfiguration}: one Micrometer
 *       observation per library call;</li>
 *   <li>{@link io.github.realtimesessions.spring.RealtimeSessionsActuatorAutoConfiguration}: the Actuator never shows
 *       the secrets.</li>
 * </ul>
 * Nothing in the library's packages is component-scanned; every bean comes from these auto-configurations and backs
 * off when you declare your own.
 *
 * <h2>A shared rate limit for several instances</h2>
 * The default {@link io.github.realtimesessions.spring.InMemoryPrincipalRateLimiter} counts per JVM, so N instances
 * allow N times the limit. For one limit across all of them, declare a
 * {@link io.github.realtimesessions.spring.PrincipalRateLimiter} bean over a shared store. With Bucket4j 8.10+ over
 * Redis ({@code com.bucket4j:bucket4j_jdk17-lettuce}; an illustration, not compiled with the library), for example:
 * <pre>{@code
 * @Bean
 * PrincipalRateLimiter sharedRateLimiter(RedisClient redis) {
 *     LettuceBasedProxyManager<byte[]> buckets = Bucket4jLettuce.casBasedBuilder(redis)
 *             .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
 *                     Duration.ofMinutes(1)))
 *             .build();
 *     BucketConfiguration perMinute = BucketConfiguration.builder()
 *             .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(1)))
 *             .build();
 *     return key -> {
 *         ConsumptionProbe probe = buckets.builder()
 *                 .build(("realtime:" + key).getBytes(StandardCharsets.UTF_8), () -> perMinute)
 *                 .tryConsumeAndReturnRemaining(1);
 *         return probe.isConsumed()
 *                 ? PrincipalRateLimiter.Decision.allow()
 *                 : PrincipalRateLimiter.Decision.deny(Duration.ofNanos(probe.getNanosToWaitForRefill()));
 *     };
 * }
 * }</pre>
 * The key is {@code principal:<name>} (or {@code address:<ip>} for an allowed anonymous request); hash it if your
 * store must not hold user names. Keep the limiter quick: it runs on the request thread before every mint and call.
 *
 * <p>Absent values are {@code null} in this package, as in the rest of the library.
 */
package io.github.realtimesessions.spring;
