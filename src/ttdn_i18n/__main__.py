from ttdn_i18n.cli import main

main()
