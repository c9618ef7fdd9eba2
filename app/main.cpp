#include "CommandLine.h"

int main(int argc, char *argv[])
{
    return kefu::app::run(argc, argv);
}
