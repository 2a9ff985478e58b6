package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.internal.HeaderRules;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The tokens of a {@link Credential.BearerTokens} credential: fetched when needed, kept until shortly before they
 * expire, fetched by one thread at a time, and replaced once when the server refuses one. Remembers the last few
 * tokens so that they can be redacted by value. Thread-safe. Not API.
 */
public final class TokenCache {

    private static final int REMEMBERED = 4;

    private final Credential.BearerTokens credential;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<String> recent = new ArrayDeque<>();
    private volatile AccessToken current;
    private volatile List<String> recentSnapshot = List.of();

    /**
     * Creates the cache.
     *
     * @param credential the credential
     * @param clock the clock expiries are measured against
     */
    public TokenCache(Credential.BearerTokens credential, Clock clock) {
        this.credential = credential;
        this.clock = clock;
    }

    /**
     * Returns a token good for at least the refresh margin, fetching one if needed.
     *
     * @return the token
     * @throws CredentialException if the source fails or returns something unusable
     */
    public String token() {
        AccessToken cached = current;
        if (cached != null && cached.isValidFor(clock, credential.refreshMargin())) {
            return cached.token();
        }
        lock.lock();
        try {
            cached = current;
            if (cached != null && cached.isValidFor(clock, credential.refreshMargin())) {
                return cached.token();
            }
            return fetch();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the cached token when it is good for at least the refresh margin, without ever fetching one: the
     * asynchronous path asks first, so that a fetch (which may block) runs on a thread of its own.
     *
     * @return the token, or {@code null} when {@link #token()} would fetch
     */
    public String cachedToken() {
        AccessToken cached = current;
        return cached != null && cached.isValidFor(clock, credential.refreshMargin()) ? cached.token() : null;
    }

    /**
     * Replaces a token the server refused, unless another thread has replaced it already.
     *
     * @param refused the token the server refused
     * @return the token to try next
     * @throws CredentialException if the source fails or returns something unusable
     */
    public String refresh(String refused) {
        lock.lock();
        try {
            AccessToken cached = current;
            if (cached != null && !cached.token().equals(refused) && cached.isValidFor(clock, credential.refreshMargin())) {
                return cached.token();
            }
            current = null;
            return fetch();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the tokens in use lately, for redaction.
     *
     * @return the tokens, newest first
     */
    public List<String> recentTokens() {
        return recentSnapshot;
    }

    private String fetch() {
        AccessToken token;
        try {
            token = credential.source().fetchToken();
        } catch (RuntimeException e) {
            // The source's message may name a secret (a client secret, a certificate path): not repeated here.
            throw new CredentialException("the token source " + credential.source().getClass().getName()
                    + " failed (" + e.getClass().getName() + "); nothing was sent", e);
        }
        if (token == null) {
            throw new CredentialException("the token source " + credential.source().getClass().getName()
                    + " returned no token; nothing was sent", null);
        }
        String problem = token.token().isEmpty() ? "must not be empty" : HeaderRules.secretProblem(token.token());
        if (problem != null) {
            throw new CredentialException("the token from " + credential.source().getClass().getName() + " cannot be"
                    + " sent in a header: it " + problem + "; nothing was sent", null);
        }
        current = token;
        recent.remove(token.token());
        recent.addFirst(token.token());
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
        recentSnapshot = List.copyOf(recent);
        return token.token();
    }
}
