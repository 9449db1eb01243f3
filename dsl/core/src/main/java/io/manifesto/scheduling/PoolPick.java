package io.manifesto.scheduling;

/**
 * How a placement picks a node pool (see {@link Placement#targets}), for messages: by its node selector or by its
 * required node affinity.
 *
 * @param field  the field that picks it, relative to the pod spec: {@code nodeSelector}, or
 *               {@code affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms}
 * @param value  that field's value
 * @param phrase the start of a sentence saying so: "the node selector picks " or "the required node affinity picks "
 */
public record PoolPick(String field, Object value, String phrase) {
}
