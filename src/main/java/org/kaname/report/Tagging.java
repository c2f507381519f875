package org.kaname.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The report as a tagged PDF, for screen readers and the accessibility expected of public documents: a structure
 * tree (Document, H1–H3, P, L/LI, Table/TR/TH/TD, Figure with its alternative text) in reading order, each piece of
 * content marked with the element it belongs to (BDC with an MCID), and rules, fills and the running header and
 * footer marked as artifacts. The layout opens an element, draws, and closes it; text drawn with no element open
 * becomes a paragraph of its own.
 */
final class Tagging {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** Per page, the element of each MCID (the parent tree). */
    private final Map<PDPage, COSArray> parents = new LinkedHashMap<>();
    private final Map<PDPage, Integer> pageKeys = new HashMap<>();
    private PDStructureElement list;
    private boolean suppressed;

    Tagging(PDDocument doc) {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
    }

    /** Opens an element of {@code type} inside the innermost open one (or the document); closes a list first. */
    PDStructureElement begin(String type) {
        if (open.isEmpty()) {
            list = null;
        }
        PDStructureElement parent = open.isEmpty() ? document : open.peek();
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        open.push(e);
        return e;
    }

    /** Opens a list item, in the list open since the last element that was not one. */
    PDStructureElement beginItem() {
        if (list == null || !open.isEmpty()) {
            list = new PDStructureElement("L", open.isEmpty() ? document : open.peek());
            (open.isEmpty() ? document : open.peek()).appendKid(list);
        }
        PDStructureElement e = new PDStructureElement("LI", list);
        list.appendKid(e);
        open.push(e);
        return e;
    }

    void end() {
        open.pop();
    }

    /** Sets the open elements aside (a heading drawn late must not land inside the table that follows it). */
    Deque<PDStructureElement> detach() {
        Deque<PDStructureElement> saved = new ArrayDeque<>(open);
        open.clear();
        return saved;
    }

    void attach(Deque<PDStructureElement> saved) {
        open.clear();
        open.addAll(saved);
    }

    boolean isOpen() {
        return !open.isEmpty();
    }

    /**
     * Starts a marked-content sequence on {@code page} for the innermost open element; the caller draws and calls
     * {@code stream.endMarkedContent()}. With no element open, the content becomes a paragraph of its own.
     */
    void mark(PDPageContentStream stream, PDPage page) throws IOException {
        if (suppressed) {
            beginArtifact(stream);
            return;
        }
        boolean own = open.isEmpty();
        PDStructureElement e = own ? begin("P") : open.peek();
        COSArray array = parents.computeIfAbsent(page, p -> new COSArray());
        int mcid = array.size();
        array.add(e.getCOSObject());
        if (!pageKeys.containsKey(page)) {
            pageKeys.put(page, pageKeys.size());
            page.setStructParents(pageKeys.get(page));
        }
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setPage(page);
        ref.setMCID(mcid);
        e.appendKid(ref);
        stream.beginMarkedContent(COSName.getPDFName(e.getStructureType()), mcid);
        if (own) {
            end();
        }
    }

    /** While set, {@link #mark} marks content as an artifact instead. */
    void suppress(boolean on) {
        suppressed = on;
    }

    static void beginArtifact(PDPageContentStream stream) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
    }

    /** Writes the parent tree: which element each marked-content sequence of each page belongs to. */
    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(org.apache.pdfbox.pdmodel.common.COSObjectable.class);
        Map<Integer, org.apache.pdfbox.pdmodel.common.COSObjectable> numbers = new HashMap<>();
        parents.forEach((page, array) -> {
            COSBase a = array;
            numbers.put(pageKeys.get(page), () -> a);
        });
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(pageKeys.size());
    }
}
