/**
 * Licence applications and licences of sex businesses, one workflow for all 18 municipalities, and the
 * public register that lets anyone check a licence number. Businesses only: there is no register of sex
 * workers here and none may be built. The API is {@link frl.ienline.register.LicenceVerification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licence register",
        allowedDependencies = {"shared", "platform", "platform :: crypto", "rulebook"})
package frl.ienline.register;
