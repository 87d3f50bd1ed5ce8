package org.homeward.api.episodes.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.PhilomenaProfile;
import org.homeward.api.episodes.PhilomenaProfiles;
import org.homeward.api.episodes.PolicePack;

/**
 * The police pack as a printable A4 PDF with Apache PDFBox: the photo and part 1 first (what an
 * officer needs at a glance), then the episode and part 2, the last known plan, locations and
 * check-ins, and the disclosure it was made for. Times in the child's zone. Blocking: called on
 * a bounded-elastic thread.
 */
class PdfPolicePackPrinter implements PolicePack.Printer {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LEADING = 14;
    private static final float SIZE = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public byte[] pdf(PolicePack pack, PhilomenaProfiles.StoredPhoto photo) {
        try (PDDocument document = new PDDocument()) {
            Writer out = new Writer(document);
            ZoneId zone = ZoneId.of(pack.child().zone());
            out.title("Missing child: police pack");
            out.line("Exported " + when(pack.exportedAt(), zone) + " for " + pack.disclosure().force()
                    + (pack.disclosure().reference() == null ? "" : ", reference " + pack.disclosure().reference()));
            out.line("Reason: " + pack.disclosure().reason());
            if (photo != null) {
                out.image(PDImageXObject.createFromByteArray(document, photo.bytes(), "photo"));
            }
            PolicePack.Child child = pack.child();
            out.heading("The child");
            out.field("Name", child.name() + (child.preferredName() == null ? "" : " (known as " + child.preferredName() + ")"));
            out.field("Date of birth", DAY.format(child.dateOfBirth()) + " (age " + child.age() + ")");

            PhilomenaProfile one = pack.partOne();
            out.heading("Philomena part 1");
            out.field("Description", one.description());
            out.field("Friends and associates", String.join("; ", one.friendsAndAssociates()));
            out.field("Places they go", String.join("; ", one.places()));
            out.field("Phone numbers", String.join("; ", one.phoneNumbers()));
            out.field("Social media", String.join("; ", one.socialMedia()));
            out.field("Health needs", one.healthNeeds());
            out.field("Medication", one.medication());
            out.field("Languages", String.join("; ", one.languages()));
            out.field("Money and transport", one.moneyAndTransport());
            out.field("Missing history", pack.missingHistory().stream()
                    .map(item -> item.whereabouts() + " from " + when(item.startedAt(), zone)
                            + (item.endedAt() == null ? " (open)" : " to " + when(item.endedAt(), zone)))
                    .collect(Collectors.joining("; ")));

            MissingEpisode episode = pack.episode();
            out.heading("This episode");
            out.field("Status", episode.whereabouts() == MissingEpisode.Whereabouts.MISSING
                    ? "Missing: whereabouts unknown" : "Away: whereabouts known, not where they should be");
            out.field("Reported", when(episode.reportedAt(), zone));
            out.field("Missing since", when(episode.startedAt(), zone));
            if (episode.expected() != null) {
                out.field("Expected at", episode.expected().place().name().toLowerCase().replace('_', ' ')
                        + (episode.expected().detail() == null ? "" : " (" + episode.expected().detail() + ")"));
            }
            if (episode.lastSeen() != null) {
                out.field("Last seen", when(episode.lastSeen().at(), zone)
                        + (episode.lastSeen().by() == null ? "" : " by " + episode.lastSeen().by()));
            }
            if (episode.risk() != null) {
                out.field("Risk (worker)", episode.risk().grade().name().replace('_', ' ')
                        + (episode.risk().reasons().isEmpty() ? "" : ": " + episode.risk().reasons().stream()
                        .map(reason -> reason.name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", ")))
                        + (episode.risk().note() == null ? "" : ". " + episode.risk().note()));
            }
            if (episode.police() != null) {
                MissingEpisode.Police police = episode.police();
                out.field("Police", (police.reference() == null ? "" : "reference " + police.reference() + "; ")
                        + (police.grade() == null ? "" : "graded " + police.grade().name().replace('_', ' ') + "; ")
                        + (police.reportedAt() == null ? "" : "reported " + when(police.reportedAt(), zone)));
            }
            if (episode.isOutOfArea()) {
                out.field("Placed out of area", episode.outOfArea().hostAuthority());
            }
            MissingEpisode.PartTwo two = episode.partTwo();
            out.heading("Philomena part 2");
            if (two == null) {
                out.line("Not recorded yet.");
            } else {
                out.field("Wearing", two.clothing());
                out.field("Last seen where", two.lastSeenWhere());
                out.field("Last seen when", two.lastSeenAt() == null ? null : when(two.lastSeenAt(), zone));
                out.field("Last seen with", two.lastSeenWith());
                List<String> had = new ArrayList<>();
                if (two.had().phone()) had.add("phone");
                if (two.had().money()) had.add("money");
                if (two.had().bankCard()) had.add("bank card");
                if (two.had().travelCard()) had.add("travel card");
                if (two.had().other() != null) had.add(two.had().other());
                out.field("Had with them", had.isEmpty() ? "nothing known" : String.join(", ", had));
                out.field("Notes", two.notes());
            }
            MissingEpisode.LastKnownPlan plan = episode.lastKnownPlan();
            out.heading("Last known plan");
            if (plan == null) {
                out.line("None.");
            } else {
                out.field("Where", plan.where());
                out.field("With", plan.withWhom());
                out.field("Leaving", plan.leavingAt().format(WHEN) + ", back by " + plan.backBy().format(WHEN));
            }
            out.heading("Locations held while missing");
            if (pack.locations().isEmpty()) {
                out.line("None held.");
            }
            pack.locations().forEach(located -> out.line(when(located.at(), zone) + "  " + located.latitude() + ", "
                    + located.longitude() + (located.accuracyMetres() == null ? "" : " (within "
                    + Math.round(located.accuracyMetres()) + " m)")));
            out.heading("Recent check-ins");
            if (pack.recentCheckIns().isEmpty()) {
                out.line("None.");
            }
            pack.recentCheckIns().forEach(checkIn -> out.line(checkIn.kind() + " received "
                    + when(checkIn.receivedAt(), zone) + (checkIn.areaLatitude() == null ? ""
                    : " near " + checkIn.areaLatitude() + ", " + checkIn.areaLongitude())));
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** Lines down A4 pages, wrapped to the width, a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void title(String text) {
            write(bold, 16, text);
            y -= 6;
        }

        void heading(String text) {
            y -= 8;
            write(bold, 12, text);
        }

        void field(String label, String value) {
            if (value != null && !value.isBlank()) {
                write(regular, SIZE, label + ": " + value);
            }
        }

        void line(String text) {
            write(regular, SIZE, text);
        }

        void image(PDImageXObject image) throws IOException {
            float height = 160;
            float width = image.getWidth() * height / Math.max(1, image.getHeight());
            if (width > WIDTH) {
                height = height * WIDTH / width;
                width = WIDTH;
            }
            if (y - height < MARGIN) {
                newPage();
            }
            y -= height + 4;
            page.drawImage(image, MARGIN, y, width, height);
            y -= 4;
        }

        private void write(PDType1Font font, float size, String text) {
            try {
                writeLines(font, size, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeLines(PDType1Font font, float size, String text) throws IOException {
            for (String wrapped : wrap(font, size, printable(text))) {
                if (y - LEADING < MARGIN) {
                    newPage();
                }
                y -= size + 4;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(wrapped);
                page.endText();
            }
        }

        private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The standard fonts carry WinAnsi only: anything else (emoji, other scripts) prints as "?". */
        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0xFF && (c < 0x7F || c > 0x9F) ? (char) c
                    : Character.isWhitespace(c) ? ' ' : '?'));
            return out.toString();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            page.close();
        }
    }
}
