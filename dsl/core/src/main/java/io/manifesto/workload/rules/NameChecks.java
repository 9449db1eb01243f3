package io.manifesto.workload.rules;

import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.Names;

/**
 * The catalog entries of the shared checks of {@link Names} and {@link Annotations}: the DSL's values and the object
 * rules report them with one message, so each rule set that runs them lists these entries.
 */
public final class NameChecks {

    /** A name that is not a DNS-1123 subdomain. */
    public static final RuleInfo DNS1123_SUBDOMAIN = RuleInfo.error(Names.DNS1123_SUBDOMAIN_RULE,
            "names of most kinds, and references to them, are DNS-1123 subdomains",
            "the API server rejects any other name: at most 253 lower-case letters, digits, '-' and '.'");
    /** A name that is not a DNS-1123 label. */
    public static final RuleInfo DNS1123_LABEL = RuleInfo.error(Names.DNS1123_LABEL_RULE,
            "container and volume names are DNS-1123 labels",
            "the API server rejects any other name: at most 63 lower-case letters, digits and '-'");
    /** A name that is not a DNS-1035 label. */
    public static final RuleInfo DNS1035_LABEL = RuleInfo.error(Names.DNS1035_LABEL_RULE,
            "Service names are DNS-1035 labels",
            "a Service name becomes a DNS name and environment variables, so it must start with a letter");
    /** A label or annotation key Kubernetes rejects. */
    public static final RuleInfo LABEL_KEY = RuleInfo.error(Names.LABEL_KEY_RULE,
            "label and annotation keys are an optional DNS-1123 subdomain prefix and '/', then a name of at most 63",
            "the API server rejects an object with any other key");
    /** A label value Kubernetes rejects. */
    public static final RuleInfo LABEL_VALUE = RuleInfo.error(Names.LABEL_VALUE_RULE,
            "label values are empty or at most 63 letters, digits, '-', '_' and '.', alphanumeric at both ends",
            "the API server rejects an object with any other label value");
    /** A ConfigMap or Secret key Kubernetes rejects. */
    public static final RuleInfo DATA_KEY = RuleInfo.error(Names.DATA_KEY_RULE,
            "ConfigMap and Secret keys are at most 253 letters, digits, '-', '_' and '.'",
            "the API server rejects a ConfigMap or a key reference with any other key");
    /** A port name Kubernetes rejects. */
    public static final RuleInfo PORT_NAME = RuleInfo.error(Names.PORT_NAME_RULE,
            "port names are at most 15 lower-case letters, digits and '-', with a letter, no '--', no '-' at the ends",
            "the API server rejects a pod or Service with any other port name");
    /** A port number outside 1..65535. */
    public static final RuleInfo PORT_NUMBER = RuleInfo.error(Names.PORT_NUMBER_RULE,
            "port numbers go from 1 to 65535", "the API server rejects any other port number");
    /** Annotations above 256 KiB. */
    public static final RuleInfo ANNOTATIONS_SIZE = RuleInfo.error(Annotations.SIZE_RULE,
            "the annotations of one object take at most 256 KiB",
            "the API server rejects an object whose annotation keys and values take more");

    private NameChecks() {
    }
}
