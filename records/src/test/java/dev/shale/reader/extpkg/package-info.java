/** A schema package declaring its extensions on the package itself. */
@Extension("hstore")
@Extension(value = "citext", schema = "util")
package dev.shale.reader.extpkg;

import dev.shale.dsl.Extension;
