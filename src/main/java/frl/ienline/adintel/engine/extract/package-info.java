/** Extraction of phone numbers, e-mail addresses, handles, licence numbers, ages, towns and risk indicators. */
package frl.ienline.adintel.engine.extract;
