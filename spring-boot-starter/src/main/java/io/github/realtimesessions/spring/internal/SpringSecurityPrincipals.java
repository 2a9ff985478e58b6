package io.github.realtimesessions.spring.internal;

import java.security.Principal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads Spring Security's authentication; loaded only when Spring Security is on the class path. */
final class SpringSecurityPrincipals {

    private SpringSecurityPrincipals() {}

    /** The current authenticated principal, or {@code null} when nobody (or only the anonymous user) is logged in. */
    static Principal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authenticated(authentication) ? authentication : null;
    }

    /** Whether a servlet principal is Spring Security's anonymous user (which is not a login). */
    static boolean isAnonymous(Principal principal) {
        return principal instanceof AnonymousAuthenticationToken
                || principal instanceof Authentication authentication && !authentication.isAuthenticated();
    }

    private static boolean authenticated(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
