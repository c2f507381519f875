package org.kaname.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.kaname.io.PlanJson;
import org.kaname.io.PlanPartsReader;
import org.kaname.model.Plan;
import org.kaname.store.PartsCodec;

/** The journal's form of a change's parts: the gzipped kaname-plan JSON of a plan holding only those parts. */
public final class PlanPartsJson implements PartsCodec {
    private final PlanJson json;

    public PlanPartsJson(PlanJson json) {
        this.json = json;
    }

    @Override
    public byte[] encode(Plan partsAlone) {
        return gzip(json.write(partsAlone).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Plan decode(byte[] bytes) {
        return PlanPartsReader.read(gunzip(bytes));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
