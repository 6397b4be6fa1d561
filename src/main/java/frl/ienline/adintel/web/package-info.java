/**
 * The pages of ad intelligence: the analyst's and inspector's screens (ad list, ad, text cluster, network with
 * mobility and the map of Fryslân; see docs/adintel-screens.md), the import page and the import API.
 */
package frl.ienline.adintel.web;
