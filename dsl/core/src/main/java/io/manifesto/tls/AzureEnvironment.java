package io.manifesto.tls;

/** The Azure cloud that hosts the DNS zone: {@code dns01.azureDNS.environment}. */
public enum AzureEnvironment {
    /** {@code AzurePublicCloud}, cert-manager's default. */
    AZURE_PUBLIC_CLOUD("AzurePublicCloud"),
    /** {@code AzureChinaCloud}. */
    AZURE_CHINA_CLOUD("AzureChinaCloud"),
    /** {@code AzureGermanCloud}. */
    AZURE_GERMAN_CLOUD("AzureGermanCloud"),
    /** {@code AzureUSGovernmentCloud}. */
    AZURE_US_GOVERNMENT_CLOUD("AzureUSGovernmentCloud");

    private final String value;

    AzureEnvironment(String value) {
        this.value = value;
    }

    /** The value cert-manager spells, e.g. {@code AzurePublicCloud}. */
    public String value() {
        return value;
    }
}
