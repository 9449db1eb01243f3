package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Removes what dekorate adds from the build's version control: the annotations {@code app.dekorate.io/vcs-url} and
 * {@code app.dekorate.io/commit-id}, and every label or annotation whose value is dekorate's {@code <<unknown>>}.
 * Without it, the output changes with every commit, which golden files and reviews do not want.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface WithoutVcsInfo {
}
