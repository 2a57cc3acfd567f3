package newsgen.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which files a folder of articles holds: articles at any depth, in path order; nothing hidden, no other kind. */
class ArticleSourceTest {
    @TempDir
    Path tmp;

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Text.\n");
        return p;
    }

    @Test
    void articlesAtAnyDepthInPathOrderWithoutHiddenOnesOrOtherFiles() throws IOException {
        Path root = tmp.resolve(".articles"); // a hidden folder given by name is still read
        file(".articles/b.md");
        file(".articles/a.txt");
        file(".articles/2023/c.markdown");
        file(".articles/2023/deeper/D.MD");
        file(".articles/notes.json");
        file(".articles/.draft.md");
        file(".articles/.git/x.md");
        file(".articles/2023/.hidden/y.md");
        Files.createDirectories(root.resolve("empty"));
        List<Path> found = ArticleSource.files(List.of(root));
        assertEquals(List.of(root.resolve("2023/c.markdown"), root.resolve("2023/deeper/D.MD"), root.resolve("a.txt"),
                root.resolve("b.md")), found);
    }

    @Test
    void aLinkToAFileIsReadAndALinkToAFolderIsNotFollowed() throws IOException {
        Path root = tmp.resolve("articles");
        Files.createDirectories(root);
        Path outside = file("elsewhere/e.md");
        file("elsewhere/sub/f.md");
        Files.createSymbolicLink(root.resolve("e.md"), outside);
        Files.createSymbolicLink(root.resolve("sub"), tmp.resolve("elsewhere/sub"));
        assertEquals(List.of(root.resolve("e.md")), ArticleSource.files(List.of(root)));
    }

    @Test
    void aFileGivenByItselfIsTakenWhateverItsName() throws IOException {
        Path given = file("x/.odd.json");
        Path folder = tmp.resolve("y");
        file("y/z.md");
        assertEquals(List.of(given, folder.resolve("z.md")), ArticleSource.files(List.of(folder, given)));
    }
}
