from treatylens.cli import main

main()
