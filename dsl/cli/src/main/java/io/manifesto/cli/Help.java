package io.manifesto.cli;

/** The text of {@code manifesto --help}. */
final class Help {

    static final String TEXT = """
            usage: java -jar manifesto-cli.jar COMMAND [OPTIONS]

            render --class NAME [--classpath PATHS] [--environment ENV] [--out DIR] [--format yaml|json|kustomize]
                Renders a definition: a class that implements io.manifesto.environment.Definition (with a public
                no-argument constructor), or that has one public static method without parameters returning an
                Application (the default environment). --classpath lists the directories and jars of the
                definition and its dependencies (separated by the platform's path separator).
                Without --out: prints the YAML (or JSON) of the one environment, --environment when several.
                With --out: writes DIR/<environment>/<application>.<format>, for every environment or the chosen one.
                --format kustomize (needs --out): DIR/base/ with what every environment shares, and
                DIR/overlays/<environment>/ with JSON 6902 patches and the objects only that environment has.

            lint PATH... [--format text|sarif|junit] [--cluster aks|generic] [--rules]
                Checks YAML or JSON manifests (files, or directories of .yaml, .yml and .json files) with every
                rule, and prints the report: text, SARIF 2.1.0 or JUnit XML. --rules lists the rules instead.
                --cluster: the node pools the rules assume, AKS with virtual nodes (the default) or a generic
                cluster (no virtual node; a pod that picks one is virtual-node.absent).

            --help
                Prints this text.

            Exit codes: 0 clean, 1 problems found, 2 bad usage or unreadable input.
            """;

    private Help() {
    }
}
