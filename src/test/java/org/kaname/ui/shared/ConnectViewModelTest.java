package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kaname.i18n.Messages;
import org.kaname.store.ServerAddress;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/**
 * The connect dialog's state without a window: each field says what is wrong with it, a password is asked only when
 * none is stored, and connecting hands over the address and password, reports failures in words and gives up after
 * the time limit whatever the server does.
 */
class ConnectViewModelTest {
    private final Messages ja = Messages.of(SharedTexts.BUNDLE, Locale.JAPANESE);
    private final List<ServerAddress> asked = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();
    private final List<ConnectViewModel.Connected> connected = new ArrayList<>();

    private ConnectViewModel model(ConnectViewModel.Connector connector, Map<String, String> env, Duration giveUp) {
        return new ConnectViewModel(ja, new CurrentThreadTaskExecutor(), connector, env, giveUp);
    }

    private ConnectViewModel model() {
        return model((address, password) -> {
            asked.add(address);
            passwords.add(password == null ? null : new String(password));
            return null;
        }, Map.of(), Duration.ofSeconds(5));
    }

    private static void fill(ConnectViewModel vm, String host, String port, String db, String user) {
        vm.hostProperty().set(host);
        vm.portProperty().set(port);
        vm.databaseProperty().set(db);
        vm.userProperty().set(user);
    }

    @Test
    void eachFieldSaysWhatIsWrongWithIt() {
        ConnectViewModel vm = model();
        assertThat(vm.portProperty().get()).as("PostgreSQL's port is offered").isEqualTo("5432");
        assertThat(vm.hostErrorProperty().get()).as("nothing is complained about before it is seen").isEmpty();

        fill(vm, "", "abc", "kaname", "yamada");
        assertThat(vm.portErrorProperty().get()).isEqualTo("ポート「abc」は数字ではありません。1〜65535 の数字を入力してください。");
        vm.connect("secret".toCharArray(), connected::add);
        assertThat(vm.hostErrorProperty().get()).isEqualTo("サーバーを入力してください（例: db.example.lg.jp）。");
        assertThat(asked).as("nothing is tried with a wrong field").isEmpty();

        fill(vm, "db server", "70000", "", "");
        assertThat(vm.hostErrorProperty().get()).contains("「db server」").contains("空白");
        assertThat(vm.portErrorProperty().get()).isEqualTo("ポート 70000 は範囲外です。1〜65535 の数字を入力してください。");
        assertThat(vm.databaseErrorProperty().get()).isEqualTo("データベース名を入力してください。");
        assertThat(vm.userErrorProperty().get()).isEqualTo("ユーザー名（PostgreSQL のログイン名）を入力してください。");
        assertThat(vm.address()).isEmpty();

        // Full-width digits as typed with a Japanese input method count, and spaces around go.
        fill(vm, " db.example.lg.jp ", "５４３３", "kaname", "yamada");
        assertThat(vm.hostErrorProperty().get()).isEmpty();
        assertThat(vm.portErrorProperty().get()).isEmpty();
        assertThat(vm.address()).contains(new ServerAddress("db.example.lg.jp", 5433, "kaname", "yamada"));
    }

    @Test
    void connectsWithTheAddressAndPasswordTypedAndForgetsThePassword() {
        ConnectViewModel vm = model();
        fill(vm, "127.0.0.1", "5432", "kaname", "yamada");
        assertThat(vm.passwordNeeded()).isTrue();

        vm.connect(new char[0], connected::add);
        assertThat(vm.failureProperty().get()).isEqualTo("パスワードを入力してください。");
        assertThat(asked).isEmpty();

        char[] typed = "s3cret".toCharArray();
        vm.connect(typed, connected::add);
        assertThat(asked).containsExactly(new ServerAddress("127.0.0.1", 5432, "kaname", "yamada"));
        assertThat(passwords).containsExactly("s3cret");
        assertThat(new String(typed)).as("the caller's copy is cleared").isEqualTo("\0".repeat(6));
        assertThat(connected).singleElement().extracting(ConnectViewModel.Connected::address)
                .isEqualTo(asked.get(0));
        assertThat(vm.failureProperty().get()).isEmpty();
        assertThat(vm.connectingProperty().get()).isFalse();
    }

    @Test
    void aPasswordInPgpasswordIsUsedAndSaidSo() {
        ConnectViewModel vm = model((address, password) -> {
            passwords.add(password == null ? null : new String(password));
            return null;
        }, Map.of("PGPASSWORD", "from-env"), Duration.ofSeconds(5));
        fill(vm, "127.0.0.1", "5432", "kaname", "yamada");
        assertThat(vm.passwordNeeded()).isFalse();
        assertThat(vm.passwordNoteProperty().get()).isEqualTo(
                "環境変数 PGPASSWORD のパスワードを使います（入力は不要です）");
        vm.connect(new char[0], connected::add);
        assertThat(passwords).as("none typed: the store finds it").containsExactly((String) null);
        assertThat(connected).hasSize(1);
    }

    @Test
    void aPasswordInThePasswordFileIsUsedAndSaidSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("pgpass");
        java.nio.file.Files.writeString(file, "127.0.0.1:5432:kaname:yamada:from-file\n");
        try {
            java.nio.file.Files.setPosixFilePermissions(file,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: no permissions to narrow.
        }
        ConnectViewModel vm = model((address, password) -> null, Map.of("PGPASSFILE", file.toString()),
                Duration.ofSeconds(5));
        fill(vm, "127.0.0.1", "5432", "kaname", "yamada");
        assertThat(vm.passwordNeeded()).isFalse();
        assertThat(vm.passwordNoteProperty().get()).isEqualTo(".pgpass のパスワードを使います（入力は不要です）");
        vm.userProperty().set("sato");
        assertThat(vm.passwordNeeded()).as("the file has none for another login").isTrue();
    }

    @Test
    void aRefusalIsWordedWithTheServerNamed() {
        ConnectViewModel vm = model((address, password) -> {
            throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE, address.display(),
                    "password authentication failed", null);
        }, Map.of(), Duration.ofSeconds(5));
        fill(vm, "127.0.0.1", "5432", "kaname", "yamada");
        vm.connect("wrong".toCharArray(), connected::add);
        assertThat(connected).isEmpty();
        assertThat(vm.failureProperty().get()).startsWith("共有データベース（yamada@127.0.0.1:5432/kaname）に接続できません: ")
                .contains("password authentication failed");
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpOnInTimeAndItsLateConnectionNeverAdopted() {
        ConnectViewModel vm = model((address, password) -> {
            Thread.sleep(60_000);
            return null;
        }, Map.of(), Duration.ofMillis(300));
        fill(vm, "10.255.255.1", "5432", "kaname", "yamada");
        long start = System.nanoTime();
        vm.connect("pw".toCharArray(), connected::add);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isBetween(250L, 3_000L);
        assertThat(connected).isEmpty();
        assertThat(vm.failureProperty().get()).isEqualTo("共有データベース（yamada@10.255.255.1:5432/kaname）から 10 秒以内に"
                + "応答がありませんでした。サーバー名・ポートとネットワークを確認してください。");
    }

    @Test
    void theDefaultGiveUpIsTenSeconds() {
        assertThat(ConnectViewModel.GIVE_UP).isEqualTo(Duration.ofSeconds(10));
        assertThat(Optional.of(ConnectViewModel.DEFAULT_PORT)).contains(5432);
    }
}
