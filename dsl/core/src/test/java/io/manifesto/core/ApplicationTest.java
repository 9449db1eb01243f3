package io.manifesto.core;

import io.manifesto.objects.ResourceId;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationTest {

    private static io.manifesto.workload.Deployment shop() {
        return deployment("shop").container(container("web").image("shop:1.0.0").port("http", 8080));
    }

    @Test
    void rendersInApplyOrderThenByName() {
        var app = application("shop").namespace("shop").createNamespace()
                .add(configMap("b"), shop(), configMap("a")).build();
        assertThat(app.resources()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Namespace/shop", "ConfigMap/a", "ConfigMap/b", "Service/shop", "Deployment/shop");
        assertThat(app.resources()).filteredOn(o -> !o.getKind().equals("Namespace"))
                .allMatch(o -> "shop".equals(o.getMetadata().getNamespace()));
    }

    @Test
    void writesTheSameYamlToAWriterAsItReturnsAsAString() {
        var app = application("shop").namespace("shop").createNamespace().add(configMap("a"), shop()).build();
        var out = new java.io.StringWriter();

        app.writeYaml(out);

        assertThat(out.toString()).isEqualTo(app.toYaml()).startsWith("---\napiVersion: v1\nkind: Namespace\n");
    }

    @Test
    void selectsOnStableLabelsOnlyAndLabelsEverythingElse() {
        var deployment = (Deployment) application("shop").instance("shop-eu").add(shop()).build().resources()
                .get(1);
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).containsOnlyKeys(
                "app.kubernetes.io/name", "app.kubernetes.io/instance").containsEntry(
                "app.kubernetes.io/instance", "shop-eu");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/version", "1.0.0")
                .containsEntry("app.kubernetes.io/part-of", "shop")
                .containsEntry("app.kubernetes.io/managed-by", "manifesto");
    }

    @Test
    void selectorOnlyPolicyDropsTheOtherRecommendedLabels() {
        var deployment = (Deployment) application("shop").labels(LabelPolicy.SELECTOR_ONLY).add(shop()).build()
                .resources().get(1);
        assertThat(deployment.getMetadata().getLabels()).containsOnlyKeys(
                "app.kubernetes.io/name", "app.kubernetes.io/instance");
    }

    @Test
    void aWorkloadsOwnLabelWinsOverTheApplicationsLabelWithTheSameKey() {
        var web = deployment("web").label("team", "payments")
                .container(container("web").image("shop:1.0.0").port("http", 8080));
        String yaml = application("shop").label("team", "platform").add(web, configMap("settings")).build()
                .toYaml();

        String labels = """
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: web
                    app.kubernetes.io/part-of: shop
                    app.kubernetes.io/version: 1.0.0
                    team: payments
                """;
        // the Service, the Deployment and the pod template
        assertThat(yaml).contains("kind: Service\nmetadata:\n  labels:\n" + labels)
                .contains("kind: Deployment\nmetadata:\n  labels:\n" + labels)
                .contains("  template:\n    metadata:\n      labels:\n" + labels.indent(4))
                .contains("""
                        kind: ConfigMap
                        metadata:
                          labels:
                            app.kubernetes.io/instance: shop
                            app.kubernetes.io/managed-by: manifesto
                            app.kubernetes.io/name: settings
                            app.kubernetes.io/part-of: shop
                            team: platform
                        """);
    }

    @Test
    void rejectsTwoComponentsWithTheSameKindAndName() {
        assertThat(problemsOf(application("shop").add(configMap("settings"), configMap("settings"))))
                .containsExactly("error ConfigMap/settings metadata.name = \"settings\": 2 components render"
                        + " ConfigMap/settings. Fix: rename one of them: kind and name must be unique in a"
                        + " namespace. [app.duplicate-resource]");
    }

    @Test
    void acceptsRawObjectsOfOneKindAndNameInOtherNamespaces() {
        var app = application("shop").namespace("shop").add(configMap("x"))
                .add(new ConfigMapBuilder().withNewMetadata().withName("x").withNamespace("a").endMetadata().build())
                .add(new ConfigMapBuilder().withNewMetadata().withName("x").withNamespace("b").endMetadata().build())
                .build();

        assertThat(app.resources()).extracting(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName())
                .containsExactly("a/x", "b/x", "shop/x");
        assertThat(app.report().warnings()).isEmpty();
    }

    @Test
    void rejectsRawObjectsOfOneKindAndNameInOneNamespace() {
        var raw = new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().build();
        var inShop = new ConfigMapBuilder().withNewMetadata().withName("x").withNamespace("shop").endMetadata()
                .build();
        var priority = new io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder().withNewMetadata()
                .withName("high").withNamespace("elsewhere").endMetadata().withValue(1000).build();

        assertThat(problemsOf(application("shop").add(raw).add(raw))).containsExactly(
                "error ConfigMap/x metadata.name = \"x\": 2 components render ConfigMap/x. Fix: rename one of them:"
                        + " kind and name must be unique in a namespace. [app.duplicate-resource]");
        assertThat(problemsOf(application("shop").namespace("shop").add(configMap("x")).add(inShop)
                .add(priorityClass("high", 1000)).add(priority))).containsExactly(
                "error ConfigMap/x metadata.name = \"x\": 2 components render ConfigMap/x in namespace shop. Fix:"
                        + " rename one of them: kind and name must be unique in a namespace."
                        + " [app.duplicate-resource]",
                "error PriorityClass/high metadata.name = \"high\": 2 components render PriorityClass/high. Fix:"
                        + " rename one of them: kind and name must be unique in the cluster."
                        + " [app.duplicate-resource]");
    }

    @Test
    void addsAnyFabric8ObjectAsItIsCopiedWhenAdded() {
        var raw = new ConfigMapBuilder().withNewMetadata().withName("raw").endMetadata()
                .addToData("k", "v").build();
        var builder = application("shop").namespace("shop").add(raw);
        raw.getData().put("k", "changed");

        HasMetadata rendered = builder.build().resources().get(0);
        assertThat(rendered).isInstanceOfSatisfying(io.fabric8.kubernetes.api.model.ConfigMap.class, cm -> {
            assertThat(cm.getData()).containsEntry("k", "v");
            assertThat(cm.getMetadata().getNamespace()).isEqualTo("shop");
        });
    }

    @Test
    void rejectsRawObjectWithoutName() {
        var raw = new ConfigMapBuilder().withNewMetadata().endMetadata().build();
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error ConfigMap/ metadata.name = \"<none>\": the object has no name. Fix: set metadata.name."
                        + " [raw.incomplete]");
    }

    @Test
    void customizationRunsLastOnTheNamedObject() {
        var yaml = application("shop").add(shop())
                .customize(Deployment.class, "shop", d -> d.getSpec().setMinReadySeconds(10))
                .build().toYaml();
        assertThat(yaml).contains("  minReadySeconds: 10\n");
    }

    @Test
    void customizationsRunInOrderOnEveryObjectOfTheirClassAndName() {
        var app = application("shop").add(shop())
                .customize(HasMetadata.class, "shop", o -> o.getMetadata().getLabels().put("order", "first"))
                .customize(io.fabric8.kubernetes.api.model.Service.class, "shop",
                        s -> s.getMetadata().getLabels().merge("order", "-second", String::concat))
                .build();

        assertThat(app.resources()).extracting(o -> o.getKind() + " " + o.getMetadata().getLabels().get("order"))
                .containsExactly("Service first-second", "Deployment first");
    }

    @Test
    void rejectsCustomizationOfAnObjectThatIsNotRendered() {
        assertThat(problemsOf(application("shop").add(shop())
                .customize(Deployment.class, "shopp", d -> d.getSpec().setMinReadySeconds(10))))
                .containsExactly("error Deployment/shopp metadata.name = \"shopp\": the application renders no such"
                        + " object to customize. Fix: use the fabric8 class and name of a rendered object, one of"
                        + " [Deployment/shop, Service/shop]. [customize.unknown-resource]");
    }

    @Test
    void reportsACustomizationThatThrowsInsteadOfLeakingTheException() {
        assertThat(problemsOf(application("shop").add(shop())
                .customize(Deployment.class, "shop", d -> d.getSpec().getStrategy().setType("Recreate"))))
                .singleElement().asString()
                .startsWith("error Application/shop customize = \"<none>\": a customization threw"
                        + " java.lang.NullPointerException")
                .endsWith("Fix: fix the customization; it must only change the object it is given."
                        + " [customize.failed]");
    }

    @Test
    void rejectsInvalidApplicationSettingsAndSuppressionsWithoutReason() {
        assertThat(problemsOf(application("Shop").namespace("my_ns").add(shop())
                .suppress("container.image-latest", "")))
                .extracting(line -> line.replaceAll(".*\\[", "["))
                .containsExactly("[name.dns1123-label]", "[name.dns1123-label]", "[suppress.reason]",
                        "[suppress.unused]");
    }

    @Test
    void resourcesAreFreshCopiesOnEveryCall() {
        var app = application("shop").add(shop()).build();
        app.resources().get(0).getMetadata().setName("changed");
        assertThat(app.resources().get(0).getMetadata().getName()).isEqualTo("shop");
    }

    @Test
    void warnsAboutASuppressionThatAcceptsNothing() {
        var report = application("shop").add(shop()).suppress("container.image-lastest", "typo").build().report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Application/shop suppress(container.image-lastest) = \"*\": no warning of this rule was"
                        + " found on any resource. Fix: remove the suppression, or correct its rule id and resource."
                        + " [suppress.unused]");
    }

    @Test
    void reportsAComponentThatThrowsAsABugInsteadOfLeakingTheException() {
        Component broken = widgetThatThrows(true);
        assertThat(problemsOf(application("shop").add(broken))).containsExactly(
                "error Widget/broken  = \"<none>\": validating this component threw java.lang.IllegalStateException:"
                        + " boom. Fix: report it as a bug, with the definition that caused it. [component.failed]");
    }

    @Test
    void reportsARawObjectWithoutKindInsteadOfThrowing() {
        var raw = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
        raw.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("thing").build());
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error /thing apiVersion = \"<none>\": the object has no apiVersion. Fix: build it with its fabric8"
                        + " builder, which sets apiVersion and kind, or set it, e.g. \"example.com/v1\"."
                        + " [raw.incomplete]",
                "error /thing kind = \"<none>\": the object has no kind. Fix: build it with its fabric8 builder, which"
                        + " sets apiVersion and kind. [raw.incomplete]");
    }

    @Test
    void rejectsARawObjectWithoutApiVersion() {
        var raw = new GenericKubernetesResourceBuilder().withKind("Widget").withNewMetadata().withName("thing")
                .endMetadata().build();
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error Widget/thing apiVersion = \"<none>\": the object has no apiVersion. Fix: build it with its"
                        + " fabric8 builder, which sets apiVersion and kind, or set it, e.g. \"example.com/v1\"."
                        + " [raw.incomplete]");
    }

    @Test
    void reportsARawObjectThatCannotBeWrittenInsteadOfLeakingJacksonsException() {
        var raw = new GenericKubernetesResourceBuilder().withApiVersion("v1").withKind("ConfigMap")
                .withNewMetadata().withName("settings").endMetadata().build();
        raw.setAdditionalProperty("data", new Object());
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error ConfigMap/settings data = \"java.lang.Object\": the object holds a value of a class that"
                        + " cannot be written as YAML. Fix: put only strings, numbers, booleans, lists, maps and"
                        + " fabric8 model objects in it. [raw.unserializable]");
    }

    @Test
    void reportsACustomizationThatLeavesAValueThatCannotBeWritten() {
        assertThat(problemsOf(application("shop").add(shop())
                .customize(Deployment.class, "shop", d -> d.getSpec().setAdditionalProperty("extra", new Object()))))
                .containsExactly("error Deployment/shop spec.extra = \"java.lang.Object\": a customization left a"
                        + " value of a class that cannot be written as YAML. Fix: set only strings, numbers,"
                        + " booleans, lists, maps and fabric8 model objects. [customize.failed]");
    }

    @Test
    void putsOnlyNamespacedObjectsInTheNamespace() {
        var priority = new io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder().withNewMetadata()
                .withName("batch").endMetadata().withValue(10).build();
        var generic = new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                .withApiVersion("node.k8s.io/v1").withKind("RuntimeClass").withNewMetadata().withName("kata")
                .endMetadata().build();
        var resources = application("shop").namespace("shop").add(priority).add(generic).add(configMap("settings"))
                .build().resources();
        assertThat(resources).extracting(o -> o.getKind() + "/" + o.getMetadata().getNamespace())
                .containsExactly("PriorityClass/null", "ConfigMap/shop", "RuntimeClass/null");
    }

    @Test
    void saysThatErrorsCannotBeSuppressed() {
        var shop = deployment("shop").container(container("web").image("shop:1.0.0").requests(cpu("2"))
                .limits(cpu("1")));
        assertThat(problemsOf(application("shop").add(shop).suppress("resources.request-above-limit", "later")))
                .last().isEqualTo("warning Application/shop suppress(resources.request-above-limit) = \"*\": this"
                        + " rule reports errors, and errors cannot be suppressed. Fix: fix the error, then remove the"
                        + " suppression. [suppress.unused]");
    }

    @Test
    void reportsANullApplicationHandedToWrite() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> io.manifesto.Manifesto.write(
                java.nio.file.Path.of("target/never-written"), (Application) null)))
                .isInstanceOf(io.manifesto.validate.ValidationException.class)
                .hasMessageContaining("null was passed to write(...)");
        assertThat(java.nio.file.Path.of("target/never-written")).doesNotExist();
    }

    @Test
    void rejectsCreateNamespaceWithoutANamespace() {
        assertThat(problemsOf(application("shop").createNamespace().add(shop()))).containsExactly(
                "error Application/shop namespace = \"<none>\": createNamespace() renders the application's"
                        + " Namespace, but the application has no namespace. Fix: add .namespace(\"...\"), or remove"
                        + " .createNamespace(). [app.create-namespace]");
    }

    @Test
    void reportsANullNamespaceOnceEvenWithCreateNamespace() {
        assertThat(problemsOf(application("shop").namespace(null).createNamespace().add(shop()))).containsExactly(
                "error Application/shop namespace = \"<none>\": null was passed to namespace(...). Fix: pass a"
                        + " value, or leave the call out. [input.null]");
    }

    @Test
    void reportsAComponentWhoseRenderingThrowsAsABugInsteadOfLeakingTheException() {
        Component broken = widgetThatThrows(false);
        assertThat(problemsOf(application("shop").add(broken))).containsExactly(
                "error Application/shop  = \"<none>\": rendering threw java.lang.IllegalStateException: boom."
                        + " Fix: report it as a bug, with the definition that caused it. [component.failed]");
    }

    /** A custom component Widget/broken that throws "boom" while it is validated, or else while it is rendered. */
    private static Component widgetThatThrows(boolean whileValidating) {
        return new Component() {
            @Override
            public java.util.List<ResourceId> ids() {
                return java.util.List.of(new ResourceId("Widget", "broken"));
            }

            @Override
            public void validate(Model model, io.manifesto.validate.Problems problems) {
                if (whileValidating) {
                    throw new IllegalStateException("boom");
                }
            }

            @Override
            public java.util.List<HasMetadata> render(Model model) {
                throw new IllegalStateException("boom");
            }
        };
    }
}
