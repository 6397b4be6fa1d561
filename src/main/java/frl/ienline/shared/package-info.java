/**
 * Values and small contracts every module speaks: municipality codes, roles, the access scope of the
 * current actor and the access event the audit module records. No behaviour of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package frl.ienline.shared;
