package io.liquidtwin.physics.fluid;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML catalogue: the node tree plus the source line of every node (keyed by JSON Pointer, e.g.
 * {@code /fluids/2/densityKgM3/1/value}), so validation errors can name the line.
 *
 * @param root  the document's root node
 * @param lines 1-based line of each node, by JSON Pointer
 */
record DielectricYamlDocument(JsonNode root, Map<String, Integer> lines) {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Parses YAML bytes; syntax errors become a {@link DielectricCatalogueException} naming source and line. */
    static DielectricYamlDocument parse(byte[] yaml, String source) {
        try {
            Map<String, Integer> lines = new HashMap<>();
            try (JsonParser p = FACTORY.createParser(yaml)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    JsonStreamContext ctx = p.getParsingContext();
                    String pointer = switch (t) {
                        case START_OBJECT, START_ARRAY -> ctx.getParent() == null ? ""
                                : ctx.getParent().pathAsPointer().toString();
                        case END_OBJECT, END_ARRAY -> null;
                        default -> ctx.pathAsPointer().toString();
                    };
                    if (pointer != null) {
                        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
                    }
                }
            }
            JsonNode root = MAPPER.readTree(yaml);
            return new DielectricYamlDocument(root, Map.copyOf(lines));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DielectricCatalogueException(source, null, null, at == null ? -1 : at.getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dielectric catalogue " + source, e);
        }
    }

    /** @return the 1-based line of the node at pointer, or of its nearest ancestor that has one; -1 if none */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return -1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
