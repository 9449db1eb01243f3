package io.manifesto.workload;

import io.manifesto.core.IntOrPercent;

/**
 * How a Deployment replaces its pods: {@code spec.strategy}.
 *
 * @param replaceAll     {@code type: Recreate} (all old pods stop before new ones start) instead of RollingUpdate
 * @param maxSurge       {@code rollingUpdate.maxSurge}, or {@code null} for the Kubernetes default (25%)
 * @param maxUnavailable {@code rollingUpdate.maxUnavailable}, or {@code null} for the Kubernetes default (25%)
 */
public record DeploymentStrategy(boolean replaceAll, IntOrPercent maxSurge, IntOrPercent maxUnavailable) {

    /** {@code type: RollingUpdate} with {@code maxSurge} and {@code maxUnavailable}. */
    public static DeploymentStrategy rollingUpdate(IntOrPercent maxSurge, IntOrPercent maxUnavailable) {
        return new DeploymentStrategy(false, maxSurge, maxUnavailable);
    }

    /** {@code type: Recreate}: for apps that cannot run two versions at once. */
    public static DeploymentStrategy recreate() {
        return new DeploymentStrategy(true, null, null);
    }
}
