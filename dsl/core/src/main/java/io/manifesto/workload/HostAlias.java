package io.manifesto.workload;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An entry of the pods' {@code /etc/hosts}: {@code spec.template.spec.hostAliases[]: {ip, hostnames}}.
 *
 * @param ip        {@code ip}, an IPv4 or IPv6 address
 * @param hostnames {@code hostnames}, at least one
 */
public record HostAlias(String ip, List<String> hostnames) {

    public HostAlias {
        ip = Objects.requireNonNullElse(ip, "");
        hostnames = hostnames == null ? List.of()
                : hostnames.stream().map(h -> Objects.requireNonNullElse(h, "")).toList();
    }

    /** {@code ip} resolved from each of {@code hostnames}. */
    public static HostAlias of(String ip, String... hostnames) {
        return new HostAlias(ip, hostnames == null ? List.of() : Arrays.asList(hostnames));
    }
}
