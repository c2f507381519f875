package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** LibreOffice Calc opening and saving a workbook again, as a department without Excel would; tests skip without it. */
final class LibreOffice {
    private LibreOffice() {
    }

    private static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }

    /** {@code file} opened and saved as .xlsx by LibreOffice into {@code dir}/lo; the test is skipped without it. */
    static Path resave(Path file, Path dir) throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path saved = dir.resolve("lo");
        Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assumeTrue(p.waitFor(240, TimeUnit.SECONDS), "LibreOffice did not finish in time");
        Path resaved = saved.resolve(file.getFileName());
        assertThat(resaved).as(Files.readString(dir.resolve("soffice.log"))).isRegularFile();
        return resaved;
    }
}
