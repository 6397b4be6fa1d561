/** The supervision team's pages under {@code /app/toezicht}; authorisation lives in the internal services. */
package frl.ienline.supervision.web;
