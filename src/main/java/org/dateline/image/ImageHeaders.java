package org.dateline.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an image's size without decoding its pixels: from the header of a JPEG, PNG or GIF through
 * ImageIO, or from the {@code width}/{@code height} or {@code viewBox} of an SVG's root element
 * (with DTDs and external entities off).
 */
final class ImageHeaders {

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    /** The size, the format ("jpeg", "png", "gif", "svg"), or empty for an SVG that states no size. */
    record Header(int width, int height, String format) {
    }

    /** Thrown for a file that is not the image its name says; the message says what is wrong. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    Optional<Header> read(Path file, String extension) throws Unreadable, IOException {
        return extension.equals("svg") ? svg(file) : Optional.of(raster(file, extension));
    }

    private static Header raster(Path file, String extension) throws Unreadable, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unreadable("not a JPEG, PNG or GIF image (its first bytes match no image format)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new Unreadable("its header gives no size");
                }
                return new Header(width, height, format.equals("jpg") ? "jpeg" : format);
            } catch (IOException | RuntimeException e) {
                throw new Unreadable("its header cannot be read (" + reason(e) + ")");
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<Header> svg(Path file) throws Unreadable, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                    // skip the prolog
                }
                if (!xml.isStartElement() || !xml.getLocalName().equals("svg")) {
                    throw new Unreadable("not an SVG image (its first element is not <svg>)");
                }
                Optional<Double> width = length(xml.getAttributeValue(null, "width"));
                Optional<Double> height = length(xml.getAttributeValue(null, "height"));
                Optional<double[]> box = viewBox(xml.getAttributeValue(null, "viewBox"));
                if (width.isPresent() && height.isPresent()) {
                    return size(width.get(), height.get());
                }
                if (box.isPresent()) {
                    double ratio = box.get()[1] / box.get()[0];
                    if (width.isPresent()) {
                        return size(width.get(), width.get() * ratio);
                    }
                    if (height.isPresent()) {
                        return size(height.get() / ratio, height.get());
                    }
                    return size(box.get()[0], box.get()[1]);
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new Unreadable("it is not well-formed XML (" + reason(e) + ")");
        }
    }

    private static Optional<Header> size(double width, double height) {
        long w = Math.round(width);
        long h = Math.round(height);
        return w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE
                ? Optional.of(new Header((int) w, (int) h, "svg")) : Optional.empty();
    }

    /** {@code 640}, {@code 640px} → 640; percentages and other units → empty. */
    private static Optional<Double> length(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))).filter(v -> v > 0) : Optional.empty();
    }

    private static Optional<double[]> viewBox(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(value.strip());
        try {
            if (parts.length == 4) {
                double width = Double.parseDouble(parts[2]);
                double height = Double.parseDouble(parts[3]);
                if (width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)) {
                    return Optional.of(new double[] {width, height});
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
    }
}
