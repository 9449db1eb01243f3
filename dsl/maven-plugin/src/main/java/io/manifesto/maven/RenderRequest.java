package io.manifesto.maven;

import java.util.List;

/**
 * What {@code manifesto:render} asks the project's Manifesto for, in JDK types.
 *
 * @param definitions     class names configured, or empty to use ServiceLoader entries (and the scan)
 * @param scanDirectory   the compiled classes to scan for definitions, or {@code null} when the scan is off
 * @param environments    the environments to render, or empty for all
 * @param formats         {@code yaml} and/or {@code json}
 * @param outputDirectory where {@code <environment>/<application>.<format>} go
 * @param clean           whether to remove the stale manifests of an earlier run first
 */
record RenderRequest(List<String> definitions, String scanDirectory, List<String> environments, List<String> formats,
                     String outputDirectory, boolean clean) {
}
