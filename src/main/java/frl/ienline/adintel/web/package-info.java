/** The import page and the import API of ad intelligence (the analyst's screens are built separately). */
package frl.ienline.adintel.web;
