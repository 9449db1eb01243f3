package io.manifesto.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.render.ManifestReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownFieldsTest {

    private static HasMetadata parse(String yaml) {
        return ManifestReader.read(yaml).get(0);
    }

    @Test
    void findsNothingInAValidObject() {
        HasMetadata deployment = parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: web
                        image: web:1.0
                        resources:
                          limits:
                            cpu: 200m
                """);
        assertThat(UnknownFields.in(deployment)).isEmpty();
    }

    @Test
    void findsMisspeltFieldsWithTheirPaths() {
        HasMetadata deployment = parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                      - name: web
                        image: web:1.0
                        readinesProbe:
                          tcpSocket:
                            port: 80
                """);
        assertThat(UnknownFields.in(deployment)).containsExactly(
                "Deployment/web spec.replica",
                "Deployment/web spec.template.spec.containers[0].readinesProbe");
    }
}
