package org.kaname.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.kaname.i18n.Messages;

/**
 * The user guide bundled in the app (docs/user-guide.ja.md and .en.md with their images, copied into the jar at build
 * time), written out as an HTML page that any browser shows offline. Chapters that start with a number get the anchor
 * {@link GuideChapters} names, so a screen's F1 can open the guide at its chapter.
 */
public final class UserGuide {
    /** Where the build puts the guide in the jar (pom.xml, the resource from docs). */
    static final String RESOURCES = "/org/kaname/ui/help/guide/";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private UserGuide() {
    }

    /** The guide's Markdown in the language of {@code locale} (English for English, else Japanese). */
    static String markdown(Locale locale) {
        String name = RESOURCES + "user-guide." + language(locale) + ".md";
        try (InputStream in = UserGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the app: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String language(Locale locale) {
        return Messages.isEnglish(locale) ? "en" : "ja";
    }

    /** The HTML file name of the guide in {@code locale}'s language. */
    public static String fileName(Locale locale) {
        return "user-guide." + language(locale) + ".html";
    }

    /**
     * Writes the guide in {@code locale}'s language into {@code folder} as HTML, with the images it shows, and returns
     * the HTML file. Written afresh each time, so the guide of the version running is the one shown.
     */
    public static Path write(Path folder, Locale locale) throws IOException {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown(locale));
        unlinkOtherDocuments(document);
        Files.createDirectories(folder);
        for (String image : images(document)) {
            copyImage(image, folder);
        }
        Path html = folder.resolve(fileName(locale));
        Files.writeString(html, page(document, locale), StandardCharsets.UTF_8);
        return html;
    }

    /** The images the guide shows, as written in it ({@code images/…png}). */
    static Set<String> images(Node document) {
        Set<String> found = new LinkedHashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                found.add(image.getDestination());
                visitChildren(image);
            }
        });
        return found;
    }

    /**
     * Links to the repository's other documents (「[roadmap.md](roadmap.md)」) lead nowhere in the folder the guide is
     * written to: their words stay, as text. Web addresses and links within the guide are kept.
     */
    static void unlinkOtherDocuments(Node document) {
        List<Link> local = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String to = link.getDestination();
                if (!to.startsWith("#") && !to.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    local.add(link);
                }
                visitChildren(link);
            }
        });
        for (Link link : local) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }

    static Set<String> images(Locale locale) {
        return images(Parser.builder().extensions(EXTENSIONS).build().parse(markdown(locale)));
    }

    private static void copyImage(String image, Path folder) throws IOException {
        // Only plain relative paths under images/: nothing in the guide may write outside the help folder.
        if (!image.matches("images/[A-Za-z0-9._-]+\\.png")) {
            return;
        }
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCES + image)) {
            if (in == null) {
                return; // a missing picture shows as its alt text; UserGuideBundleTest keeps this from happening
            }
            Path target = folder.resolve(image);
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The HTML page: the guide's body with chapter anchors, a readable width and Japanese fonts, and no scripts. */
    static String page(Node document, Locale locale) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading) {
                        GuideChapters.anchorOfHeading(text(node)).ifPresent(id -> attributes.put("id", id));
                    }
                }).build();
        String title = Messages.of("org.kaname.ui.help.messages", locale).get("guide.title");
        return "<!DOCTYPE html>\n<html lang=\"" + language(locale) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + renderer.render(document) + "</main>\n</body>\n</html>\n";
    }

    private static String text(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                s.append(text.getLiteral());
            }
        });
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans", sans-serif;
                   line-height: 1.7; color: #1a1a1c; background: #fff; margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
            h1 { font-size: 1.8rem; border-bottom: 2px solid #0031d8; padding-bottom: .3rem; }
            h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
            h3 { font-size: 1.15rem; margin-top: 1.8rem; }
            img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #bbb; padding: .3rem .6rem; vertical-align: top; }
            th { background: #f1f1f4; }
            code { font-family: Consolas, "Noto Sans Mono CJK JP", monospace; background: #f1f1f4; padding: 0 .2rem; }
            pre { background: #f1f1f4; padding: .8rem; overflow-x: auto; }
            pre code { padding: 0; }
            a { color: #0031d8; }
            """;
}
