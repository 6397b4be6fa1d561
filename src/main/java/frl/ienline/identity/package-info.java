/**
 * Who may do what: organisations, staff users, roles and access scopes, login with a second factor and
 * the web security that every request passes. Other modules learn who is signed in through
 * {@link frl.ienline.shared.CurrentActor}; this package's own API is the organisation directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = {"shared", "platform", "platform :: crypto"})
package frl.ienline.identity;
