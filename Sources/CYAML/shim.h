#ifndef SSPWIKI_YAML_SHIM_H
#define SSPWIKI_YAML_SHIM_H
#include <yaml.h>
#endif
