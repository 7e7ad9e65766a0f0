/**
 * Local images: their size read from the file's header (JPEG, PNG, GIF) or root element (SVG), and
 * resized copies of JPEG and PNG images kept in a content-keyed cache. May use diag and config; only
 * the JDK (ImageIO, StAX).
 */
package org.dateline.image;
