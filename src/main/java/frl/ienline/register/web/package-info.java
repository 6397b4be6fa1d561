/** Pages and REST resources of the register: the public application and register, the officers' files. */
package frl.ienline.register.web;
