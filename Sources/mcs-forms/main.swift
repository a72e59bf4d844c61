print("mcs-forms")
