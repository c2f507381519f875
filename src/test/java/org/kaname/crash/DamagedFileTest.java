package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * Issue 11: a truncated or bit-flipped database is detected, never silently used, and can be restored from a backup.
 * A good data folder (the sample, a small and a generated plan, then a backup) is copied for every case and its
 * {@code kaname.mv.db} damaged: cut to 8, 32 or 64 KB, or one bit flipped at a seeded position. {@link DamageProbe}
 * judges what {@code plans} and {@code export} then do. The restore tests ({@code @Tag("backup-restore")}) need the
 * {@code backups} and {@code restore} commands of issue 11 item 3.
 */
@Tag("crash")
class DamagedFileTest {
    static final int DEFAULT_FLIPS = 12;
    private static final long GENERATED_SEED = 21;
    /** In every generated measure description ("… seed 21、乱数 …"); ASCII, so it is found in the UTF-8 pages. */
    private static final byte[] TEXT_MARKER = ("seed " + GENERATED_SEED).getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path work;

    private static Path good;
    private static Map<Long, String> listing;
    private static Map<Long, Plan> plans;
    private static DamageProbe probe;

    @BeforeAll
    static void prepare() {
        good = work.resolve("good");
        List<Plan> imported = List.of(TestPlans.rich(), GeneratedPlan.generate("damage", 60, 5, 4, GENERATED_SEED));
        plans = new LinkedHashMap<>();
        for (int i = 0; i < imported.size(); i++) {
            Path file = StoredPlans.write(imported.get(i), work.resolve("plan-" + i + ".json"));
            ChildRun run = ChildJvm.kaname(good, "import", file.toString()).run();
            assertThat(run.ok()).as(run.describe()).isTrue();
            // Reading a plan file gives its indicators ids, so the plan as stored and exported has them.
            plans.put(Long.parseLong(run.stdout().get(0).strip()),
                    org.kaname.model.IndicatorIds.assignMissing(imported.get(i)));
        }
        StoredPlans.Listing list = StoredPlans.list(good);
        assertThat(list.ok()).as(list.run().describe()).isTrue();
        listing = list.lines();
        assertThat(listing).hasSize(3);
        // The sample plan is compared as exported from the good folder: it is whatever this version ships.
        long sample = listing.keySet().stream().filter(id -> !plans.containsKey(id)).findFirst().orElseThrow();
        StoredPlans.Export export = StoredPlans.export(good, sample, work);
        assertThat(export.ok()).as(String.valueOf(export.problem())).isTrue();
        plans.put(sample, export.plan());
        for (Map.Entry<Long, Plan> p : plans.entrySet()) {
            StoredPlans.Export e = StoredPlans.export(good, p.getKey(), work);
            assertThat(e.ok() && e.plan().equals(p.getValue())).as("plan " + p.getKey() + " before any damage").isTrue();
        }
        // A backup holding everything: the CLI takes automatic ones at most every 10 minutes, so one made seconds
        // after the imports would predate them. Tolerated until the command exists; the restore tests then fail.
        ChildJvm.kaname(good, "backup").run();
        probe = new DamageProbe(listing, plans);
    }

    private static Path damagedCopy(String name) {
        Path data = work.resolve(name);
        DataFolders.delete(data);
        return DataFolders.copy(good, data);
    }

    private static void truncate(Path data, int kb) {
        try (RandomAccessFile f = new RandomAccessFile(data.resolve(DataFolders.DATABASE_FILE).toFile(), "rw")) {
            if (f.length() <= kb * 1024L) {
                throw new IllegalStateException("the good database is only " + f.length() + " bytes; cannot cut it to "
                        + kb + " KB");
            }
            f.setLength(kb * 1024L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flips one bit; returns where. A quarter of the flips hit the file headers, a quarter the end of the file (the
     * newest chunks), a quarter the stored text of a plan (a measure description of the generated plan, found by its
     * ASCII part; old copies of a page count too), and a quarter any byte in use (non-zero). Uniform positions alone
     * would mostly land in free or stale space and prove little.
     */
    private static String flip(Path data, SplittableRandom random, int i) {
        Path file = data.resolve(DataFolders.DATABASE_FILE);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long length = f.length();
            List<Long> texts = i % 4 == 2 ? occurrences(Files.readAllBytes(file), TEXT_MARKER) : List.of();
            long position = 0;
            int value = 0;
            for (int attempt = 0; attempt < 50 && value == 0; attempt++) {
                position = switch (i % 4) {
                    case 0 -> random.nextLong(Math.min(length, 8192));
                    case 1 -> length - 1 - random.nextLong(Math.min(length, 16384));
                    case 2 -> texts.isEmpty() ? random.nextLong(length)
                            : texts.get(random.nextInt(texts.size())) + random.nextInt(TEXT_MARKER.length);
                    default -> random.nextLong(length);
                };
                f.seek(position);
                value = f.read();
            }
            int bit = random.nextInt(8);
            f.seek(position);
            f.write(value ^ (1 << bit));
            return "bit " + bit + " of byte " + position + " of " + length + (i % 4 == 2 ? " (in stored text, "
                    + texts.size() + " copies found)" : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> occurrences(byte[] content, byte[] what) {
        List<Long> found = new ArrayList<>();
        outer:
        for (int i = 0; i + what.length <= content.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (content[i + j] != what[j]) {
                    continue outer;
                }
            }
            found.add((long) i);
        }
        return found;
    }

    @ParameterizedTest(name = "cut to {0} KB")
    @ValueSource(ints = {8, 32, 64})
    void aTruncatedFileIsRefusedOrReadIdentically(int kb) {
        Path data = damagedCopy("cut-" + kb);
        truncate(data, kb);
        DamageProbe.Result result = probe.probe("cut to " + kb + " KB", data, work);
        assertThat(result.violations()).as(result.label()).isEmpty();
    }

    @Test
    void singleBitFlipsAreRefusedOrReadIdentically() {
        int flips = Integer.getInteger("kaname.damage.flips", DEFAULT_FLIPS);
        SplittableRandom random = new SplittableRandom(Long.getLong("kaname.damage.seed", 56L));
        List<Path> folders = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < flips; i++) {
            Path data = damagedCopy("flip-" + i);
            labels.add("flip " + i + ": " + flip(data, random, i));
            folders.add(data);
        }
        List<DamageProbe.Result> results = Workers.map(
                Stream.iterate(0, i -> i + 1).limit(flips).toList(),
                i -> probe.probe(labels.get(i), folders.get(i), work));
        long refused = results.stream().filter(DamageProbe.Result::refused).count();
        List<String> violations = results.stream().filter(r -> !r.violations().isEmpty())
                .map(r -> r.label() + " → " + r.violations()).toList();
        long clean = results.stream().filter(r -> !r.refused() && r.violations().isEmpty()).count();
        System.out.println("damaged file cases: " + flips + " single-bit flips, refused " + refused
                + ", read identically " + clean + ", violations " + violations.size());
        results.stream().filter(r -> !r.notes().isEmpty())
                .forEach(r -> System.out.println("damaged file note: " + r.label() + " → " + r.notes()));
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "cut to {0} KB, then restore")
    @ValueSource(ints = {8, 64})
    @Tag("backup-restore")
    @DisplayName("restore of the newest backup brings a truncated database back (needs backups/restore, issue 11 item 3)")
    void restoreOfTheNewestBackupBringsATruncatedDatabaseBack(int kb) {
        Path data = damagedCopy("restore-cut-" + kb);
        truncate(data, kb);
        assertRestoreBringsTheDataBack(data);
    }

    @Test
    @Tag("backup-restore")
    @DisplayName("restore of the newest backup brings a bit-flipped database back (needs backups/restore, issue 11 item 3)")
    void restoreOfTheNewestBackupBringsABitFlippedDatabaseBack() {
        Path data = damagedCopy("restore-flip");
        flip(data, new SplittableRandom(7), 1);
        assertRestoreBringsTheDataBack(data);
    }

    /**
     * {@code backups} lists the backups newest first; {@code restore NAME} of the newest brings every plan back as it
     * was, and keeps the damaged file in the data folder (the same bytes, under another name) instead of deleting it.
     */
    private static void assertRestoreBringsTheDataBack(Path data) {
        String damaged = DataFolders.sha256(data.resolve(DataFolders.DATABASE_FILE));
        ChildRun backups = ChildJvm.kaname(data, "backups", "--format", "csv").run();
        List<String> names = BackupList.names(backups);
        assertThat(names).as("backups: " + backups.describe()).isNotEmpty();
        ChildRun restore = ChildJvm.kaname(data, "restore", names.get(0)).run();
        assertThat(restore.exitCode()).as(restore.describe()).isZero();

        SoftAssertions soft = new SoftAssertions();
        StoredPlans.Listing after = StoredPlans.list(data);
        soft.assertThat(after.ok()).as("plans after restore: " + after.run().describe()).isTrue();
        soft.assertThat(after.lines()).as("plans after restore").isEqualTo(listing);
        for (Map.Entry<Long, Plan> p : plans.entrySet()) {
            StoredPlans.Export e = StoredPlans.export(data, p.getKey(), work);
            soft.assertThat(e.ok()).as("export " + p.getKey() + " after restore: " + e.problem()).isTrue();
            if (e.ok()) {
                soft.assertThat(e.plan()).as("plan " + p.getKey() + " after restore").isEqualTo(p.getValue());
            }
        }
        soft.assertThat(keptAside(data, damaged)).as("the damaged file, kept in the data folder under another name; "
                + "folder holds " + DataFolders.listing(data)).isTrue();
        soft.assertAll();
    }

    private static boolean keptAside(Path data, String sha) {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(data.resolve(DataFolders.DATABASE_FILE)))
                    .anyMatch(p -> DataFolders.sha256(p).equals(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
