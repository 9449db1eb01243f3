package io.manifesto.render;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.DumperOptions;

import java.io.IOException;
import java.io.Writer;

/**
 * The YAML factory of the serializer: Jackson's, except that a string holding U+0085 (NEL), U+2028 or U+2029 is
 * always double-quoted, where they are escaped ({@code \N}, {@code \L}, {@code \P}). YAML 1.1 readers (go-yaml in
 * kubectl, SnakeYAML) take these characters for line breaks, so written raw in a plain, single-quoted or literal
 * scalar they would read back as a space or a {@code \n}.
 */
final class ManifestYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    ManifestYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
        return new YAMLGenerator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec,
                out, _version) {
            @Override
            public void writeString(String text) throws IOException {
                if (text != null && hasUnicodeLineBreak(text)) {
                    _verifyValueWrite("write String value");
                    _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                } else {
                    super.writeString(text);
                }
            }
        };
    }

    private static boolean hasUnicodeLineBreak(String text) {
        return text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
    }
}
